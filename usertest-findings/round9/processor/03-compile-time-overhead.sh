#!/bin/bash
# Finding 03: the processor multiplies javac time by ~3.5-4x on a module with many coroutines
# (120 classes x 7 coroutines: about +7 s on 2 cores), same sources compiled with -proc:none for comparison.
set -u
M2=~/.m2/repository
RT=$M2/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
P=$M2/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar
JP=$M2/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
N=${N:-120}
W=$(mktemp -d /tmp/u9c-f03.XXXX); cd $W; mkdir -p src/gen
python3 - $N <<'EOF'
import sys
N=int(sys.argv[1])
for i in range(N):
    ms=''.join(f'''
    @Coroutine
    public InProgress<Integer> m{j}(java.util.List<Integer> xs, boolean c) {{
        int s = 0;
        for (int x : xs) {{
            s += c ? yield_(step(x)) : x;
            String k = switch (x % 3) {{ case 0 -> "a"; case 1 -> yield_(name(x)); default -> "c"; }};
            s += k.length();
        }}
        try {{
            s += yield_(step(s));
        }} finally {{
            s++;
        }}
        return done(s);
    }}''' for j in range(5))
    open(f'src/gen/C{i}.java','w').write(f'''package gen;
import kaa.*;
import static kaa.Async.*;
public abstract class C{i} {{
    @Coroutine
    public InProgress<Integer> step(int x) {{ yield_(); return done(x + 1); }}
    @Coroutine
    public InProgress<String> name(int x) {{ yield_(); return done("n" + x); }}
{ms}
}}
''')
EOF
mkdir -p o1 g1 o2
/usr/bin/time -f "with kaa-processor: %e s wall, %U s user, %M KB max RSS" javac --release 17 -d o1 -s g1 -cp $RT -processorpath $P:$JP src/gen/*.java 2>&1
/usr/bin/time -f "-proc:none:         %e s wall, %U s user, %M KB max RSS" javac --release 17 -proc:none -d o2 -cp $RT src/gen/*.java 2>&1
echo "classes generated: $(ls o1/gen | wc -l) vs $(ls o2/gen | wc -l)"
