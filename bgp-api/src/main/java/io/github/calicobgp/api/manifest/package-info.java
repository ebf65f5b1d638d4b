/**
 * Reading and writing manifests: YAML or JSON files of the resources in {@link
 * io.github.calicobgp.api.resource}, decoded the way calicoctl decodes them.
 *
 * <p>calicoctl turns YAML into JSON with go-yaml v2 (YAML 1.1 scalars: {@code yes}, {@code on}
 * and {@code y} are booleans, no sexagesimal numbers), coerces booleans and numbers into strings
 * wherever the Go field is a string (so an unquoted {@code route-reflector: yes} label reads as
 * {@code "true"}), and then decodes the JSON strictly into the Go structs. {@link Manifests}
 * reproduces that, keeps the source location of every value it reads (see {@link ResourceSet}),
 * and reports every problem it finds at once in a {@link ManifestException}.
 */
@NullMarked
package io.github.calicobgp.api.manifest;

import org.jspecify.annotations.NullMarked;
