package dev.fearless.bench.report;

import java.util.Arrays;
import java.util.List;

/**
 * One benchmark's figure: the median of every measured sample (all iterations of all forks and rounds)
 * with the median absolute deviation as its error, in {@code unit} ("ns/op", "us/op", "ms/op").
 *
 * @param allocBytesPerOp bytes allocated per operation (JMH's {@code gc.alloc.rate.norm}), NaN if unknown
 */
record Stat(double median, double mad, int samples, String unit, double allocBytesPerOp) {

    static Stat of(List<Double> samples, String unit, double allocBytesPerOp) {
        double[] v = samples.stream().mapToDouble(Double::doubleValue).toArray();
        double median = median(v);
        double[] deviations = Arrays.stream(v).map(x -> Math.abs(x - median)).toArray();
        return new Stat(median, median(deviations), v.length, unit, allocBytesPerOp);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    /** This figure in {@code target} units ("ns/op", "us/op", "ms/op"). */
    Stat in(String target) {
        double f = nanosPer(unit) / nanosPer(target);
        return new Stat(median * f, mad * f, samples, target, allocBytesPerOp);
    }

    /** Relative error, MAD over median. */
    double relativeError() {
        return mad / median;
    }

    /** {@code this / other}, with the error of a quotient of two independent figures. */
    Ratio over(Stat other) {
        Stat o = other.in(unit);
        double r = median / o.median;
        double e = r * Math.hypot(relativeError(), o.relativeError());
        return new Ratio(r, e);
    }

    static double nanosPer(String unit) {
        switch (unit) {
            case "ns/op": return 1;
            case "us/op": return 1e3;
            case "ms/op": return 1e6;
            case "s/op": return 1e9;
            default: throw new IllegalArgumentException("unit " + unit);
        }
    }

    /** A ratio of two medians and its propagated error. */
    record Ratio(double value, double error) {
    }
}
