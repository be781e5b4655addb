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
    THROWABLE("Throwable", null);

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
