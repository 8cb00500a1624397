package org.opendisclosure.battery;

import java.util.ArrayList;
import java.util.List;

/** What one mode of the battery counted, and the first few offending requests of each kind. */
public final class Figures {

    private static final int EXAMPLES = Integer.getInteger("battery.examples", 5);

    public final String mode;
    public int tried;
    public int problem4xx;
    public int serverErrors;
    public int withoutProblem;
    public int wrongStatus;
    public int acknowledged;
    public int lost;
    public final List<String> serverErrorExamples = new ArrayList<>();
    public final List<String> withoutProblemExamples = new ArrayList<>();
    public final List<String> wrongStatusExamples = new ArrayList<>();
    public final List<String> lostExamples = new ArrayList<>();

    public Figures(String mode) {
        this.mode = mode;
    }

    static void example(List<String> examples, String example) {
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
    }

    /** The battery fails on any 5xx, any 4xx without a problem body and any acknowledged write lost. */
    public boolean failed() {
        return serverErrors > 0 || withoutProblem > 0 || lost > 0;
    }

    public String line() {
        return String.format("%s: tried %d, 4xx problem+json %d, 5xx %d, without problem body %d, wrong status %d, acknowledged %d, lost %d",
                mode, tried, problem4xx, serverErrors, withoutProblem, wrongStatus, acknowledged, lost);
    }

    public String report() {
        StringBuilder out = new StringBuilder(line()).append('\n');
        examples(out, "5xx", serverErrorExamples);
        examples(out, "without problem body", withoutProblemExamples);
        examples(out, "wrong status", wrongStatusExamples);
        examples(out, "lost", lostExamples);
        return out.toString();
    }

    private static void examples(StringBuilder out, String kind, List<String> examples) {
        for (String example : examples) {
            out.append("  ").append(kind).append(": ").append(example).append('\n');
        }
    }
}
