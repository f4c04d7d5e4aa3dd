package io.complaints.intake.problem;

public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String detail) {
        super(detail);
    }
}
