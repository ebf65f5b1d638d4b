/**
 * Test support: fabric8's mock API server in CRUD mode with Calico's custom resources declared,
 * the stand-in for a real API server in this project's tests (none can be installed here), and
 * the objects a Calico cluster on the Kubernetes datastore holds.
 */
package io.github.calicobgp.kubernetes.mock;
