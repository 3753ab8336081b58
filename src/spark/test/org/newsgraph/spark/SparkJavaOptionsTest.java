package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the pom gives the Spark tests and the launcher gives a Spark run are Spark's own
 * list for this Spark version (a new Spark with a new list fails here, not in a run).
 */
class SparkJavaOptionsTest {
  @Test
  void thePomHasSparksList() {
    assertEquals(JavaModuleOptions.defaultModuleOptions(), System.getProperty("spark.java.options"),
        "pom.xml's spark.java.options must be Spark's JavaModuleOptions.defaultModuleOptions()");
  }

  @Test
  void theLauncherGetsTheSameAndTheJdkStax() throws IOException {
    Path file = SparkTests.repo().resolve("target/spark-java-options.txt");
    String options = Files.readString(file).strip();
    assertTrue(options.startsWith(JavaModuleOptions.defaultModuleOptions() + " "), options);
    assertTrue(options.contains("-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl"),
        options);
  }
}
