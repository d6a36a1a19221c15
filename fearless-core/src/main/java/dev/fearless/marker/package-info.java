/**
 * Rust's marker traits for Java: {@link dev.fearless.marker.Send}, {@link dev.fearless.marker.Sync},
 * {@link dev.fearless.marker.NotSend} and {@link dev.fearless.marker.NotSync}.
 *
 * <p>On a type they declare whether its values may be moved to (Send) or shared with (Sync) other
 * threads, with conditions on type parameters; on a parameter they declare a thread boundary. The
 * {@code -Xplugin:Fearless} compiler plugin reads them by name and rejects unsafe sharing at compile
 * time; the runtime library's own types carry them.
 */
package dev.fearless.marker;
