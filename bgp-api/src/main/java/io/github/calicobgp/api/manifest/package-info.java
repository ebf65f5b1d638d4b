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
 *
 * <p>Where calicoctl's behaviour follows from its YAML-to-JSON detour, it is kept: {@code
 * name: n} names a node {@code false}; a float with an integral value such as {@code 2.0} or
 * {@code 1e3} is accepted as an integer (Go writes the float 2.0 as the JSON number 2), while
 * {@code 1.5} and an unquoted asdot AS number {@code 1.10} are rejected; a JSON text goes through
 * the same number rules. Three things are deliberately stricter than calicoctl: a repeated
 * mapping key is an error (calicoctl silently keeps the last one), field names are
 * case-sensitive (Go's JSON decoding would also accept {@code PEERIP}), and keys written in a
 * mapping win over keys merged into it with {@code <<} wherever they appear (go-yaml v2 lets a
 * later merge overwrite an earlier key).
 */
@NullMarked
package io.github.calicobgp.api.manifest;

import org.jspecify.annotations.NullMarked;
