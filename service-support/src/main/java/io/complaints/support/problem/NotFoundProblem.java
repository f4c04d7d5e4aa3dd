package io.complaints.support.problem;

public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}
