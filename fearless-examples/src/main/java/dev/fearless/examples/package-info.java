/** The Rust Book's chapter 16 programs, in Java with Fearless. */
package dev.fearless.examples;
