#!/bin/bash
# Finding 01: a type error in a class with coroutines is never reported when the class also
# declares a record with a compact constructor; kaa reports [kaa.record-constructor] on the (valid) record instead.
set -u
W=$(mktemp -d /tmp/u9c-f01.XXXX); cd $W
cat > pom.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>u9c</groupId><artifactId>f01</artifactId><version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>io.github.kaajava</groupId>
      <artifactId>kaa-runtime</artifactId>
      <version>0.1.0-SNAPSHOT</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
        <configuration>
          <annotationProcessorPaths>
            <path>
              <groupId>io.github.kaajava</groupId>
              <artifactId>kaa-processor</artifactId>
              <version>0.1.0-SNAPSHOT</version>
            </path>
          </annotationProcessorPaths>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
mkdir -p src/main/java/app
cat > src/main/java/app/Orders.java <<'EOF'
package app;

import kaa.*;
import static kaa.Async.*;

public abstract class Orders {
    public record Item(String sku, int qty) {
        public Item {                                   // compact constructor: valid Java, and accepted by kaa
            if (qty <= 0) throw new IllegalArgumentException("qty " + qty);
        }
    }

    @Coroutine
    public InProgress<Integer> price(String sku) {
        yield_();
        return done(sku.length());
    }

    @Coroutine
    public InProgress<Integer> total(Item it) {
        String p = yield_(price(it.sku()));             // line 21: the mistake (int awaited into a String)
        return done(it.qty() * p.length());
    }
}
EOF
echo "== with the mistake on line 21 =="
mvn -B -o -q compile 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^\[ERROR\] /' | sort -u
echo "== same file, mistake fixed: compiles? =="
sed -i 's/String p = yield_(price(it.sku()));.*/int p = yield_(price(it.sku()));/; s/p.length()/p/' src/main/java/app/Orders.java
mvn -B -o -q compile 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -E 'ERROR' | head -3; [ -f target/classes/app/Orders_Coroutines.class ] && echo "compiles fine (record constructor accepted)"
