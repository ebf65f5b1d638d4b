package io.github.calicobgp.testkit.lab;

/** A JVM that starts a lab, prints its id and exits without closing it: the shutdown hook must. */
final class AbandonedLab {

  private AbandonedLab() {}

  public static void main(String[] args) {
    BirdLab lab = BirdLab.builder().node(LabFixtures.meshNode(1)).start();
    System.out.println(lab.id());
    System.out.println(lab.daemonPids().get(0));
    System.exit(0);
  }
}
