package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The tests' own logs (src/test/resources/simplelogger.properties): the servers, trainers and
 * parsers the tests run on purpose with bad input log errors only, so that {@code mvn -B verify}
 * shows the test report, not thousands of request and training lines (README, "Testing").
 */
class TestLogsTest {
  @Test
  void onlyErrorsAreLoggedWhileTestsRun() {
    for (String logger : new String[] {"org.eclipse.jetty.server.Server", "org.apache.jena.fuseki.Fuseki",
        "org.apache.jena.riot", "opennlp.tools.ml.perceptron.PerceptronTrainer"}) {
      assertFalse(LoggerFactory.getLogger(logger).isInfoEnabled(), logger + " INFO");
      assertFalse(LoggerFactory.getLogger(logger).isWarnEnabled(), logger + " WARN");
      assertTrue(LoggerFactory.getLogger(logger).isErrorEnabled(), logger + " ERROR");
    }
  }
}
