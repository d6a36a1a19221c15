// expect: no diagnostic
import java.util.Arrays;
import java.util.Comparator;

class ParallelArraysSort {
    record Person(String name, int age) {
    }

    Person[] sort(Person[] people, boolean byAgeFirst) {
        Person[] copy = people.clone();
        Comparator<Person> byName = Comparator.comparing(Person::name);
        Comparator<Person> order = byAgeFirst ? Comparator.comparingInt(Person::age).thenComparing(byName) : byName;
        Arrays.parallelSort(copy, order);
        double[] scores = new double[copy.length];
        Arrays.parallelSetAll(scores, i -> copy[i].age() * 1.5);
        return copy;
    }
}
