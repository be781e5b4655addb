package kaa.processor;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/**
 * JSR-45 source maps for the machines (docs/debugging.md, "JSR-45"), with the option {@code -Akaa.smap=true}: once
 * javac has written a machine's class file, a {@code SourceDebugExtension} attribute is added to it whose default
 * stratum {@code Kaa} maps the machine's generated lines to the user's file and lines (the machine's line table). A
 * debugger then shows and steps the user's lines: {@code jdb}'s {@code stop at app.Boom_CoroutineMachines$ParseMachine:15}
 * stops at {@code Boom.java:15}, and {@code where}, {@code list} and {@code step} name and show {@code Boom.java}.
 *
 * <p>Only class files on a file system are patched (not those of an in-memory file manager). The class file is
 * parsed just enough to append one constant and one attribute.
 */
final class SourceMaps implements TaskListener {
    /** The processor option that turns the source maps on. */
    static final String OPTION = "kaa.smap";

    /** What the source map of one machine class says. */
    record SourceMap(String generatedFile, String userFile, String userPath, String lineTable) {}

    private final Filer filer;
    private final Elements elements;
    private final Map<String, SourceMap> pending = new ConcurrentHashMap<>();

    SourceMaps(Filer filer, Elements elements) {
        this.filer = filer;
        this.elements = elements;
    }

    /** Remembers the map of the machine class {@code binaryName}, to write when its class file is. */
    void expect(String binaryName, SourceMap map) {
        pending.put(binaryName, map);
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.GENERATE || event.getTypeElement() == null) {
            return;
        }
        TypeElement type = event.getTypeElement();
        String binaryName = elements.getBinaryName(type).toString();
        SourceMap map = pending.remove(binaryName);
        if (map == null) {
            return;
        }
        try {
            String packageName = elements.getPackageOf(type).getQualifiedName().toString();
            String simpleBinary = binaryName.substring(packageName.isEmpty() ? 0 : packageName.length() + 1);
            URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, packageName, simpleBinary + ".class").toUri();
            if (!"file".equals(uri.getScheme())) {
                return;
            }
            Path classFile = Path.of(uri);
            Files.write(classFile, withSourceDebugExtension(Files.readAllBytes(classFile), smap(map)));
        } catch (IOException | RuntimeException e) {
            // A debugging aid: the class file as javac wrote it is a correct class file.
            System.err.println("kaa-processor: no source map for " + binaryName + ": " + e);
        }
    }

    /** The SMAP text (JSR-45): one stratum, {@code Kaa}, one file, a line section from the line table. */
    static String smap(SourceMap map) {
        StringBuilder text = new StringBuilder("SMAP\n").append(map.generatedFile()).append("\nKaa\n*S Kaa\n*F\n+ 1 ")
                .append(map.userFile()).append('\n').append(map.userPath()).append("\n*L\n");
        String[] pairs = map.lineTable().isEmpty() ? new String[0] : map.lineTable().split(" ");
        for (int i = 0; i + 1 < pairs.length; i++) {
            int generated = Integer.parseInt(pairs[i].substring(0, pairs[i].indexOf(':')));
            int original = Integer.parseInt(pairs[i].substring(pairs[i].indexOf(':') + 1));
            int next = Integer.parseInt(pairs[i + 1].substring(0, pairs[i + 1].indexOf(':')));
            if (original > 0) {
                text.append(original).append("#1:").append(generated).append(',').append(next - generated)
                        .append('\n');
            }
        }
        return text.append("*E\n").toString();
    }

    /**
     * {@code classFile} with a {@code SourceDebugExtension} attribute holding {@code smap} appended (JVMS 4.7.11):
     * its name is added as the last constant, the attribute as the last class attribute.
     */
    static byte[] withSourceDebugExtension(byte[] classFile, String smap) throws IOException {
        Reader in = new Reader(classFile);
        in.skip(8); // magic, minor and major version
        int constantCount = in.u2();
        for (int index = 1; index < constantCount; index++) {
            int tag = in.u1();
            switch (tag) {
                case 1 -> in.skip(in.u2());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skip(4);
                case 5, 6 -> {
                    in.skip(8);
                    index++;
                }
                case 7, 8, 16, 19, 20 -> in.skip(2);
                case 15 -> in.skip(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        int poolEnd = in.at;
        in.skip(6); // access flags, this class, super class
        in.skip(2 * in.u2()); // interfaces
        for (int members = 0; members < 2; members++) { // fields, then methods
            int count = in.u2();
            for (int i = 0; i < count; i++) {
                in.skip(6);
                skipAttributes(in);
            }
        }
        int attributesAt = in.at;
        int attributeCount = in.u2();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + smap.length() + 64);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(classFile, 0, 8);
        out.writeShort(constantCount + 1);
        out.write(classFile, 10, poolEnd - 10);
        out.writeByte(1);
        out.writeUTF("SourceDebugExtension");
        out.write(classFile, poolEnd, attributesAt - poolEnd);
        out.writeShort(attributeCount + 1);
        out.write(classFile, attributesAt + 2, classFile.length - attributesAt - 2);
        byte[] debug = smap.getBytes(StandardCharsets.UTF_8);
        out.writeShort(constantCount);
        out.writeInt(debug.length);
        out.write(debug);
        out.flush();
        return bytes.toByteArray();
    }

    private static void skipAttributes(Reader in) {
        int count = in.u2();
        for (int i = 0; i < count; i++) {
            in.skip(2);
            in.skip(in.u4());
        }
    }

    /** A cursor over the bytes of a class file. */
    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int u1() {
            return bytes[at++] & 0xff;
        }

        int u2() {
            return (u1() << 8) | u1();
        }

        int u4() {
            return (u2() << 16) | u2();
        }

        void skip(int count) {
            at += count;
        }
    }
}
