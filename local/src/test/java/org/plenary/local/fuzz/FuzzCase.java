package org.plenary.local.fuzz;

/**
 * One fuzzed request: which app, the endpoint it aims at, the exact bytes, what was done to it, and whether it
 * must be refused (every fuzzed command carries a fault; reads may succeed but must change nothing).
 */
record FuzzCase(String app, int port, String endpoint, String fault, byte[] bytes, boolean mustBeRefused) {
}
