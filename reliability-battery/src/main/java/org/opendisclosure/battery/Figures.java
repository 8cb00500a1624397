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
    /** The write modes: 503 answers, expected while what they killed is down, apart from {@link #serverErrors}. */
    public int unavailable;
    /** The write modes: requests that got no answer in time (a hang), or none at all. */
    public int noAnswer;
    /** Revision numbers acknowledged for two different writes. */
    public int reused;
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

    /**
     * The battery fails on any 5xx (in the write modes: other than 503), any 4xx without a problem
     * body, any acknowledged write lost or its revision number reused, and any request left unanswered.
     */
    public boolean failed() {
        return serverErrors > 0 || withoutProblem > 0 || lost > 0 || reused > 0 || noAnswer > 0;
    }

    /** The write modes also fail on any 4xx: every request they send is valid. */
    public boolean failedWrites() {
        return failed() || wrongStatus > 0;
    }

    /** The write modes' figures: what a killed process cost the writers. */
    public String writeLine() {
        return String.format("%s: tried %d, 2xx acknowledged %d, 5xx other than 503 %d, 503 %d, 4xx %d, no answer %d, "
                        + "without problem body %d, lost %d, reused revision numbers %d",
                mode, tried, acknowledged, serverErrors, unavailable, wrongStatus, noAnswer, withoutProblem, lost, reused);
    }

    public String line() {
        return String.format("%s: tried %d, 4xx problem+json %d, 5xx %d, without problem body %d, wrong status %d, acknowledged %d, lost %d",
                mode, tried, problem4xx, serverErrors, withoutProblem, wrongStatus, acknowledged, lost);
    }

    public String report() {
        return report(line());
    }

    public String writeReport() {
        return report(writeLine());
    }

    private String report(String line) {
        StringBuilder out = new StringBuilder(line).append('\n');
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
