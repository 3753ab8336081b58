package org.newsgraph.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of this JVM (Spark allows one): made for a build and stopped after it, unless
 * one was {@link #share shared} first (the tests share one per JVM), which every build then uses.
 */
public final class SparkContexts {
  private static JavaSparkContext shared;

  private SparkContexts() {}

  /** The JVM options every Spark JVM of a build needs: the JDK's StAX parser (see {@link #jdkStax()}). */
  static final String EXECUTOR_OPTIONS = "-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl"
      + " -Djavax.xml.stream.XMLOutputFactory=com.sun.xml.internal.stream.XMLOutputFactoryImpl"
      + " -Djavax.xml.stream.XMLEventFactory=com.sun.xml.internal.stream.events.XMLEventFactoryImpl";

  /**
   * Hadoop's shaded Woodstox, on Spark's classpath, would become the JVM's StAX factory, and Jena
   * then logs errors: the JDK's own is used, unless one was chosen.
   */
  static void jdkStax() {
    System.setProperty("javax.xml.stream.XMLInputFactory",
        System.getProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl"));
    System.setProperty("javax.xml.stream.XMLOutputFactory",
        System.getProperty("javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl"));
    System.setProperty("javax.xml.stream.XMLEventFactory",
        System.getProperty("javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl"));
  }

  /**
   * Where slf4j-simple is the logger (the tests, a run with newsgraph.jar's classpath), Spark's
   * and Hadoop's information lines are left out: warnings and errors only. (In newsgraph-spark.jar
   * Spark logs through log4j2, set by its log4j2.properties.)
   */
  private static void quietSpark() {
    for (String logger : new String[] {"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty"}) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      System.setProperty(key, System.getProperty(key, "warn"));
    }
  }

  /**
   * The configuration of a build on {@code master} ({@code local[N]}, {@code spark://HOST:PORT};
   * null: what spark-submit set, else {@code local[*]}). In local mode, and with a master on
   * 127.0.0.1, the driver is bound to 127.0.0.1; the web UI is off unless {@code
   * spark.ui.enabled} says otherwise; the executors get Spark's add-opens list and the JDK's StAX.
   */
  public static SparkConf conf(String master) {
    jdkStax();
    quietSpark();
    SparkConf conf = new SparkConf().setAppName("newsgraph build");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    String m = conf.get("spark.master");
    if (m.startsWith("local") || m.contains("://127.0.0.1:") || m.contains("://localhost:")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    // the executors of a cluster are JVMs of their own: Spark's add-opens list and the JDK's StAX
    String executorOptions = conf.get("spark.executor.extraJavaOptions", "");
    if (!executorOptions.contains("--add-opens")) {
      executorOptions = org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions() + " " + executorOptions;
    }
    if (!executorOptions.contains("javax.xml.stream.XMLInputFactory")) {
      executorOptions = executorOptions + " " + EXECUTOR_OPTIONS;
    }
    conf.set("spark.executor.extraJavaOptions", executorOptions.strip());
    return conf;
  }

  /** Makes the context every build of this JVM uses from now on (and never stops). */
  public static synchronized JavaSparkContext share(SparkConf conf) {
    if (shared == null) {
      shared = new JavaSparkContext(conf);
      shared.setLogLevel("WARN");
    }
    return shared;
  }

  /** A context for one build, and whether to stop it after. */
  record Handle(JavaSparkContext context, boolean own) implements AutoCloseable {
    @Override
    public void close() {
      if (own) {
        context.stop();
      }
    }
  }

  static synchronized Handle open(String master) {
    if (shared != null) {
      return new Handle(shared, false);
    }
    JavaSparkContext sc = new JavaSparkContext(conf(master));
    sc.setLogLevel("WARN");
    return new Handle(sc, true);
  }
}
