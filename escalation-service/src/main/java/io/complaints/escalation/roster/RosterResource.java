package io.complaints.escalation.roster;

import io.complaints.escalation.assignment.Dispatcher;
import io.complaints.escalation.routing.HandlerTier;
import io.complaints.support.problem.NotFoundProblem;
import io.complaints.support.problem.ProblemException;
import io.complaints.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Set;

/** The roster: who handles cases, at which tier, with which skills and languages, how many at once, on shift or not. */
@Path("/handlers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RosterResource {

    private final Dispatcher dispatcher;
    private final SecurityIdentity identity;

    public RosterResource(Dispatcher dispatcher, SecurityIdentity identity) {
        this.dispatcher = dispatcher;
        this.identity = identity;
    }

    public record HandlerView(String id, String name, HandlerTier tier, Set<String> skills, Set<String> languages,
                              int capacity, boolean onShift, int openCases) {
        static HandlerView of(Handler h) {
            return new HandlerView(h.id, h.name, h.tier, h.skillSet(), h.languageSet(), h.capacity, h.onShift, h.openCases);
        }
    }

    /** Skills and languages are stored comma-separated in columns of 500 and 200 characters. */
    public record HandlerRequest(@NotBlank @Size(max = 200) String name, @NotNull HandlerTier tier,
                                 @Size(max = 16) Set<@Pattern(regexp = "[a-z_]{1,30}") String> skills,
                                 @Size(max = 50) Set<@Pattern(regexp = "[a-z]{2,3}") String> languages,
                                 @Min(0) @Max(1000) int capacity, boolean onShift) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.OPS})
    public List<HandlerView> list() {
        return Handler.<Handler>listAll().stream().map(HandlerView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.OPS})
    public HandlerView get(@PathParam("id") String id) {
        return HandlerView.of(Handler.<Handler>findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("No handler " + id)));
    }

    public record Shift(@NotNull Boolean onShift) {
    }

    /**
     * A person goes on or off shift: themselves (their token's user) or an admin. Going on shift hands them
     * queued cases of their tier while they have room; going off keeps the cases they hold.
     */
    @PUT
    @Path("/{id}/shift")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public HandlerView shift(@PathParam("id") String id, @NotNull @Valid Shift shift) {
        if (!identity.hasRole(Roles.ADMIN) && !id.equals(identity.getPrincipal().getName())) {
            throw new ProblemException(403, "not-yourself", "Not your shift", "Only " + id + " or an admin may change " + id + "'s shift");
        }
        Handler handler = Handler.<Handler>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundProblem("No handler " + id));
        handler.onShift = shift.onShift();
        handler.flush();
        dispatcher.fillFreeSlots(handler.id);
        Handler.getEntityManager().refresh(handler);
        return HandlerView.of(handler);
    }

    /** Creates or updates a person; queued cases of their tier are handed to them if they now have room. */
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public HandlerView put(@PathParam("id") @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String id, @NotNull @Valid HandlerRequest request) {
        Handler handler = Handler.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (handler == null) {
            handler = new Handler();
            handler.id = id;
        }
        handler.name = request.name();
        handler.tier = request.tier();
        handler.skills = Handler.join(request.skills());
        handler.languages = Handler.join(request.languages());
        handler.capacity = request.capacity();
        handler.onShift = request.onShift();
        handler.persist();
        handler.flush();
        dispatcher.fillFreeSlots(handler.id);
        Handler.getEntityManager().refresh(handler); // its load as the hand-out left it
        return HandlerView.of(handler);
    }
}
