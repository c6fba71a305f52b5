package dev.earshot.engine.error;

import java.util.List;
import java.util.stream.Collectors;

/** A pipeline plan that cannot run as given; lists every problem found, not only the first. */
public class InvalidPlanException extends EarshotException {

    private final List<Problem> problems;

    public InvalidPlanException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
