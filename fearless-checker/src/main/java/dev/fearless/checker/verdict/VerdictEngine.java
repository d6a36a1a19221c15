package dev.fearless.checker.verdict;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The one place that decides whether a type is Send or Sync, with a reason path. Sources, in order:
 * the type's annotations (Fearless markers, then the ecosystem's), the {@link TypeTable}, structural
 * inference for records, enums and final classes outside the JDK, else unknown.
 *
 * <p>Implementation notes: verdicts are memoised per (type, property) for the whole compilation, keyed by
 * the type's identity: its declaration (not its name: two local records {@code Holder} of different methods
 * are different types) and its type arguments, recursively. A type that is reached again while it is being
 * judged (a recursive type such as {@code record Node(Node next)}) is assumed to have the property, as Rust
 * does for auto traits: the other fields decide. An answer computed under such an assumption about a type
 * further out is provisional and is not memoised (a failure is: assuming more can only make things hold);
 * only the type whose own assumption it was memoises its final answer. A generic type whose arguments grow
 * at each level ({@code record G<T>(G<G<T>> next)}) would never meet itself again: past a few nestings of
 * the same declaration, or a fixed depth, the engine answers unknown, in time independent of the stack.
 */
public final class VerdictEngine {
    private final Types types;
    private final Elements elements;
    private final TypeTable table;
    private final MarkerReader markers;
    private final Predicate<VariableElement> immutableCollectionField;
    /** The same declaration this many times in the judgement under way: its arguments grow without bound. */
    static final int MAX_SAME_DECLARATION = 4;
    /** Types under judgement at once, beyond which the engine stops descending. */
    static final int MAX_DEPTH = 64;

    private final Map<Key, Verdict> memo = new HashMap<>();
    /** The judgements under way, outermost first, and where each sits in that stack. */
    private final List<Key> stack = new java.util.ArrayList<>();
    private final Map<Key, Integer> inProgress = new HashMap<>();
    /** The outermost stack index that an answer computed since was assumed (or cut off) at; MAX when none. */
    private int assumedAt = Integer.MAX_VALUE;

    /** An engine for one compilation, with the JDK rows and any user rows in {@code table}. */
    public VerdictEngine(Types types, Elements elements, TypeTable table) {
        this(types, elements, table, field -> false);
    }

    /**
     * An engine that also knows which final fields declared as a collection interface hold only immutable
     * collections ({@link ImmutableCollectionFields#holdsImmutable}): such a field is Sync when its elements are.
     */
    public VerdictEngine(Types types, Elements elements, TypeTable table,
                         Predicate<VariableElement> immutableCollectionField) {
        this.immutableCollectionField = immutableCollectionField;
        this.types = types;
        this.elements = elements;
        this.table = table;
        this.markers = new MarkerReader(elements);
    }

    /** Whether values of {@code type} have {@code property}. */
    public Verdict judge(TypeMirror type, Property property) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, VOID, NULL:
                return Verdict.HOLDS;
            case ARRAY:
                return judgeArray((ArrayType) type, property);
            case DECLARED:
                return judgeDeclaredMemoised((DeclaredType) type, property);
            case WILDCARD:
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                return bound == null ? new Verdict.Unknown(Verdict.Unknown.Reason.WILDCARD) : judge(bound, property);
            case TYPEVAR:
                return new Verdict.Unknown(Verdict.Unknown.Reason.TYPE_VARIABLE);
            default:
                return new Verdict.Unknown(Verdict.Unknown.Reason.OTHER_KIND);
        }
    }

    /**
     * Whether the fields that {@code type} declares below {@code stopAt} (e.g. a {@code Thread} subclass's
     * own fields, whatever its supertype's table row says) all have {@code property}.
     */
    public Verdict judgeOwnFields(DeclaredType type, Property property, String stopAt) {
        Verdict result = Verdict.HOLDS;
        for (TypeMirror t = type; t.getKind() == TypeKind.DECLARED; ) {
            DeclaredType dt = (DeclaredType) t;
            TypeElement element = (TypeElement) dt.asElement();
            if (element.getQualifiedName().contentEquals(stopAt)) {
                break;
            }
            for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
                if (field.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                Verdict v = judge(types.asMemberOf(dt, field), property);
                if (v instanceof Verdict.Fails f) {
                    return new Verdict.Fails(f.failure().via(
                            new Step(type, property, field.getSimpleName().toString(), Step.Kind.FIELD)));
                }
                if (v instanceof Verdict.Unknown && result.holds()) {
                    result = v;
                }
            }
            t = element.getSuperclass();
        }
        return result;
    }

    /**
     * The conditions under which {@code type}'s own declaration (marker or table row) gives it
     * {@code property}, if it has such a declaration: used to explain why a suggested alternative works.
     */
    public Optional<Conditions> declaredConditions(TypeElement type, Property property) {
        Declaration d = markers.read(type).get(property);
        if (d instanceof Declaration.Has has) {
            return Optional.of(has.conditions());
        }
        return Optional.empty();
    }

    /** The table row that describes {@code type} (its own, or an inherited {@code subtypes} row). */
    public Optional<TableEntry> tableRow(TypeElement type) {
        return rowFor(type).map(Row::entry);
    }

    /** The names of methods known to mutate a value of {@code type}, from the table rows of it and its supertypes. */
    public Set<String> mutators(TypeMirror type) {
        return collected(type, TableEntry::mutators, mutatorsOf);
    }

    /**
     * The names of methods that any thread may call on a value of {@code type} although it is not Sync, from the
     * table rows of it and its supertypes ({@code KafkaConsumer.wakeup}).
     */
    public Set<String> sharedMethods(TypeMirror type) {
        return collected(type, TableEntry::shared, sharedOf);
    }

    /** Per class (the names do not depend on type arguments): its mutators, its shared methods. */
    private final Map<TypeElement, Set<String>> mutatorsOf = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<TypeElement, Set<String>> sharedOf = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> collected(TypeMirror type, java.util.function.Function<TableEntry, Set<String>> part,
                                  Map<TypeElement, Set<String>> memo) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Set.of();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        Set<String> known = memo.get(element);
        if (known == null) {
            Set<String> out = new HashSet<>();
            collect(element.asType(), part, out, new HashSet<>());
            known = Set.copyOf(out);
            memo.put(element, known);
        }
        return known;
    }

    /** The method names that {@code part} gives in the table rows of {@code type} and its supertypes. */
    private void collect(TypeMirror type, java.util.function.Function<TableEntry, Set<String>> part, Set<String> out,
                         Set<String> seen) {
        if (type.getKind() != TypeKind.DECLARED) {
            return;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (!seen.add(element.getQualifiedName().toString())) {
            return;
        }
        table.lookup(element.getQualifiedName().toString()).ifPresent(e -> out.addAll(part.apply(e)));
        for (TypeMirror s : types.directSupertypes(type)) {
            collect(s, part, out, seen);
        }
    }

    private Verdict judgeArray(ArrayType type, Property property) {
        if (property == Property.SYNC) {
            return new Verdict.Fails(new Failure(type, Property.SYNC, new Cause(Cause.Category.PLAIN_MUTABLE,
                    Cause.Reason.Standard.ARRAY_ELEMENTS, "", ""), List.of()));
        }
        Verdict component = judge(type.getComponentType(), property);
        if (component instanceof Verdict.Fails f) {
            return new Verdict.Fails(f.failure().via(new Step(type, property, "", Step.Kind.ELEMENT)));
        }
        return component;
    }

    private Verdict judgeDeclaredMemoised(DeclaredType type, Property property) {
        Key key = Key.of(type, property);
        Verdict known = memo.get(key);
        if (known != null) {
            return known;
        }
        Integer open = inProgress.get(key);
        if (open != null) {
            assumedAt = Math.min(assumedAt, open);
            return Verdict.HOLDS; // coinductive: a recursive type is decided by its other parts
        }
        if (stack.size() >= MAX_DEPTH || sameDeclarationOpen(key) >= MAX_SAME_DECLARATION) {
            assumedAt = 0; // a cut-off answer depends on where the judgement started: memoise none below it
            return new Verdict.Unknown(Verdict.Unknown.Reason.EXPANSIVE,
                    type.asElement().getSimpleName().toString());
        }
        int index = stack.size();
        stack.add(key);
        inProgress.put(key, index);
        int outerAssumption = assumedAt;
        assumedAt = Integer.MAX_VALUE;
        try {
            Verdict v = judgeDeclared(type, property);
            if (v instanceof Verdict.Fails || assumedAt >= index) {
                memo.put(key, v); // final: it assumed nothing about a type further out
                assumedAt = outerAssumption;
            } else {
                assumedAt = Math.min(assumedAt, outerAssumption);
            }
            return v;
        } finally {
            stack.remove(index);
            inProgress.remove(key);
        }
    }

    private int sameDeclarationOpen(Key key) {
        int n = 0;
        for (Key open : stack) {
            if (open.declaration() == key.declaration()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A type's identity for the memo: what it is (a declaration, a type variable, an array of, a wildcard
     * bounded by, a primitive), its type arguments, and the property asked.
     */
    record Key(Object declaration, List<Key> arguments, Property property) {
        static Key of(TypeMirror type, Property property) {
            switch (type.getKind()) {
                case DECLARED -> {
                    DeclaredType d = (DeclaredType) type;
                    List<Key> args = new java.util.ArrayList<>();
                    for (TypeMirror a : d.getTypeArguments()) {
                        args.add(of(a, null));
                    }
                    TypeMirror enclosing = d.getEnclosingType();
                    if (enclosing.getKind() == TypeKind.DECLARED) {
                        args.add(of(enclosing, null)); // Outer<String>.Inner differs from Outer<Integer>.Inner
                    }
                    return new Key(d.asElement(), args, property);
                }
                case ARRAY -> {
                    return new Key("[]", List.of(of(((ArrayType) type).getComponentType(), null)), property);
                }
                case WILDCARD -> {
                    WildcardType w = (WildcardType) type;
                    TypeMirror ext = w.getExtendsBound();
                    TypeMirror sup = w.getSuperBound();
                    return new Key(ext != null ? "? extends" : sup != null ? "? super" : "?",
                            ext != null ? List.of(of(ext, null)) : sup != null ? List.of(of(sup, null)) : List.of(),
                            property);
                }
                case TYPEVAR -> {
                    return new Key(((javax.lang.model.type.TypeVariable) type).asElement(), List.of(), property);
                }
                default -> {
                    return new Key(type.getKind(), List.of(), property);
                }
            }
        }
    }

    private Verdict judgeDeclared(DeclaredType type, Property property) {
        TypeElement element = (TypeElement) type.asElement();
        Declaration declared = markers.read(element).get(property);
        if (declared instanceof Declaration.HasNot not) {
            return new Verdict.Fails(new Failure(type, property, not.cause(), List.of()));
        }
        if (declared instanceof Declaration.Has has) {
            return checkConditions(type, element, has.conditions(), property);
        }
        Optional<Row> row = rowFor(element);
        if (row.isPresent()) {
            return judgeByRow(type, row.get(), property);
        }
        if (isJdk(element)) {
            if (element.getKind() == ElementKind.ENUM) {
                return Verdict.HOLDS; // the JDK's enums hold no mutable state
            }
            return new Verdict.Unknown(Verdict.Unknown.Reason.JDK_UNTABLED, element.getSimpleName().toString());
        }
        if (isClosedToSubclasses(element)) {
            return judgeStructurally(type, element, property);
        }
        return new Verdict.Unknown(element.getKind().isInterface()
                ? Verdict.Unknown.Reason.INTERFACE : Verdict.Unknown.Reason.OPEN_CLASS,
                element.getSimpleName().toString());
    }

    private record Row(TableEntry entry, DeclaredType asType) {
    }

    /** The row for {@code element}, or the nearest supertype row that covers {@code subtypes}. */
    private Optional<Row> rowFor(TypeElement element) {
        Optional<TableEntry> own = table.lookup(element.getQualifiedName().toString());
        if (own.isPresent()) {
            return Optional.of(new Row(own.get(), (DeclaredType) element.asType()));
        }
        return inheritedRow(element.asType(), new HashSet<>());
    }

    private Optional<Row> inheritedRow(TypeMirror type, Set<String> seen) {
        for (TypeMirror s : types.directSupertypes(type)) {
            if (s.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement se = (TypeElement) ((DeclaredType) s).asElement();
            if (!seen.add(se.getQualifiedName().toString())) {
                continue;
            }
            Optional<TableEntry> row = table.lookup(se.getQualifiedName().toString());
            if (row.isPresent() && row.get().subtypes()) {
                return Optional.of(new Row(row.get(), (DeclaredType) s));
            }
            Optional<Row> deeper = inheritedRow(s, seen);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private Verdict judgeByRow(DeclaredType type, Row row, Property property) {
        TableEntry entry = row.entry();
        // For an inherited row, express the row's type parameters in terms of this type's arguments.
        DeclaredType viewed = row.asType();
        TypeElement rowElement = (TypeElement) viewed.asElement();
        DeclaredType asRow = asSupertype(type, rowElement);
        if (asRow == null || (asRow.getTypeArguments().isEmpty() && !entry.params().isEmpty())) {
            return new Verdict.Unknown(Verdict.Unknown.Reason.RAW, rowElement.getSimpleName().toString());
        }
        switch (entry.kind()) {
            case CONFINED:
                return new Verdict.Fails(new Failure(type, property, Cause.stated(Cause.Category.CONFINED,
                        entry.reason(), "", entry.fix()), List.of()));
            case INTERIOR:
            case MUTABLE:
                if (property == Property.SYNC) {
                    Cause.Category c = entry.kind() == TableEntry.Kind.INTERIOR
                            ? Cause.Category.INTERIOR_MUTABILITY : Cause.Category.PLAIN_MUTABLE;
                    Cause.Reason reason = entry.reason().isEmpty() ? Cause.Reason.Standard.ANY_HOLDER_MAY_CHANGE
                            : new Cause.Reason.Stated(entry.reason());
                    return new Verdict.Fails(new Failure(type, property, new Cause(c, reason, "", entry.fix()),
                            List.of()));
                }
                return checkRowConditions(type, asRow, entry, entry.send(), property);
            default:
                return checkRowConditions(type, asRow, entry,
                        property == Property.SEND ? entry.send() : entry.sync(), property);
        }
    }

    private Verdict checkRowConditions(DeclaredType type, DeclaredType asRow, TableEntry entry,
                                       Conditions conditions, Property property) {
        List<? extends TypeMirror> args = asRow.getTypeArguments();
        if (!conditions.ifSend().isEmpty() || !conditions.ifSync().isEmpty()) {
            if (args.size() != entry.params().size()) {
                return new Verdict.Unknown(Verdict.Unknown.Reason.RAW, asRow.asElement().getSimpleName().toString());
            }
        }
        Verdict result = Verdict.HOLDS;
        for (int pass = 0; pass < 2; pass++) {
            Property needed = pass == 0 ? Property.SEND : Property.SYNC;
            for (String p : pass == 0 ? conditions.ifSend() : conditions.ifSync()) {
                Verdict v = judge(args.get(entry.params().indexOf(p)), needed);
                result = combine(result, v, type, property);
                if (result instanceof Verdict.Fails) {
                    return result;
                }
            }
        }
        return result;
    }

    private Verdict checkConditions(DeclaredType type, TypeElement element, Conditions conditions,
                                    Property property) {
        List<? extends TypeParameterElement> params = element.getTypeParameters();
        List<? extends TypeMirror> args = type.getTypeArguments();
        if ((!conditions.ifSend().isEmpty() || !conditions.ifSync().isEmpty()) && args.size() != params.size()) {
            return new Verdict.Unknown(Verdict.Unknown.Reason.RAW, element.getSimpleName().toString());
        }
        Verdict result = Verdict.HOLDS;
        for (int pass = 0; pass < 2; pass++) {
            Property needed = pass == 0 ? Property.SEND : Property.SYNC;
            for (String name : pass == 0 ? conditions.ifSend() : conditions.ifSync()) {
                int index = indexOf(params, name);
                if (index < 0) {
                    continue; // a misspelt condition is the annotation author's bug, not the user's
                }
                result = combine(result, judge(args.get(index), needed), type, property);
                if (result instanceof Verdict.Fails) {
                    return result;
                }
            }
        }
        return result;
    }

    private static Verdict combine(Verdict sofar, Verdict part, DeclaredType outer, Property property) {
        if (part instanceof Verdict.Fails f) {
            return new Verdict.Fails(f.failure().via(new Step(outer, property, "", Step.Kind.CONDITION)));
        }
        if (sofar instanceof Verdict.Unknown) {
            return sofar;
        }
        return part;
    }

    private Verdict judgeStructurally(DeclaredType type, TypeElement element, Property property) {
        Verdict result = Verdict.HOLDS;
        for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
            if (field.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            TypeMirror fieldType = types.asMemberOf(type, field);
            Step step = new Step(type, property, field.getSimpleName().toString(), Step.Kind.FIELD);
            if (property == Property.SYNC && !field.getModifiers().contains(Modifier.FINAL)) {
                boolean volatileValue = field.getModifiers().contains(Modifier.VOLATILE)
                        && isImmutableValue(fieldType);
                if (!volatileValue) {
                    return new Verdict.Fails(new Failure(type, property, new Cause(Cause.Category.PLAIN_MUTABLE,
                            new Cause.Reason.FieldNotFinal(field.getSimpleName().toString()), "", ""), List.of()));
                }
                continue;
            }
            Verdict v = property == Property.SYNC && immutableCollectionField.test(field)
                    ? judgeArguments(fieldType, property) : judge(fieldType, property);
            if (v instanceof Verdict.Fails f) {
                return new Verdict.Fails(f.failure().via(step));
            }
            if (v instanceof Verdict.Unknown && result.holds()) {
                result = v;
            }
        }
        return result;
    }

    /** An immutable collection is Sync when its elements are: the verdict of its type arguments. */
    private Verdict judgeArguments(TypeMirror type, Property property) {
        Verdict result = Verdict.HOLDS;
        if (type instanceof DeclaredType declared) {
            for (TypeMirror arg : declared.getTypeArguments()) {
                Verdict v = judge(arg, property);
                if (v instanceof Verdict.Fails) {
                    return v;
                }
                if (v instanceof Verdict.Unknown && result.holds()) {
                    result = v;
                }
            }
        }
        return result;
    }

    /** Primitives and rows of kind {@code immutable}: safe to publish through a volatile field. */
    private boolean isImmutableValue(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement e = (TypeElement) ((DeclaredType) type).asElement();
        return table.lookup(e.getQualifiedName().toString())
                .map(r -> r.kind() == TableEntry.Kind.IMMUTABLE && r.params().isEmpty())
                .orElse(false);
    }

    private DeclaredType asSupertype(DeclaredType type, TypeElement target) {
        if (types.isSameType(types.erasure(type.asElement().asType()), types.erasure(target.asType()))) {
            return type;
        }
        for (TypeMirror s : types.directSupertypes(type)) {
            if (s.getKind() == TypeKind.DECLARED) {
                DeclaredType found = asSupertype((DeclaredType) s, target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int indexOf(List<? extends TypeParameterElement> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).getSimpleName().contentEquals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isClosedToSubclasses(TypeElement element) {
        return switch (element.getKind()) {
            case RECORD, ENUM -> true;
            case CLASS -> element.getModifiers().contains(Modifier.FINAL);
            default -> false;
        };
    }

    private boolean isJdk(TypeElement element) {
        ModuleElement module = elements.getModuleOf(element);
        if (module != null && !module.isUnnamed()) {
            String m = module.getQualifiedName().toString();
            if (m.startsWith("java.") || m.startsWith("jdk.")) {
                return true;
            }
        }
        String name = element.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

}
