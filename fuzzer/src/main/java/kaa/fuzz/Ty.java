package kaa.fuzz;

/** The types of generated variables and expressions. */
enum Ty {
    INT("int", "Integer"),
    LONG("long", "Long"),
    BOOL("boolean", "Boolean"),
    STRING("String", "String"),
    /** The program's own {@code enum E { A, B, C }}. */
    ENUM("E", "E"),
    INT_ARRAY("int[]", null),
    SUPPLIER_INT("Supplier<Integer>", null),
    SUPPLIER_STRING("Supplier<String>", null),
    RESOURCE("Fx.Res", null),
    /** A catch parameter (its declared type is in the CATCH node). */
    THROWABLE("Throwable", null),
    /** A variable of static type {@code Object} holding a box, a String, an enum or a record: a pattern's operand. */
    OBJECT("Object", null),
    /** {@code var x = c ? Integer.valueOf(i) : "s"}: Serializable & Comparable<...> & Constable & ConstantDesc. */
    LUB("var", null),
    /** {@code var l = List.of(i, "s")}: a List of that intersection. */
    LUB_LIST("var", null),
    /** {@code var l = List.of(i, 2L)}: a List of Number & Comparable<...> & Constable & ConstantDesc. */
    LUB_NUMBERS("var", null),
    /** {@code int[][]}: two rows of one to three elements. */
    MATRIX("int[][]", null),
    /** {@code List<T>} of the coroutine's own type variable {@code T} (which shadows the class's). */
    T_LIST("List<T>", null),
    /** A local of a local or same-file type, read only by the statements written with its declaration. */
    OPAQUE("Object", null);

    /** The type as a declaration writes it. */
    final String source;
    /** The boxed type, as a type argument writes it; null if the type is never awaited. */
    final String boxed;

    Ty(String source, String boxed) {
        this.source = source;
        this.boxed = boxed;
    }

    /** Whether values of this type can be awaited, compared, traced and switched on. */
    boolean isValue() {
        return boxed != null;
    }
}
