package org.vangnet.security;

/** A team as lists and pickers show it. */
public record TeamSummary(Long id, long version, String name, long activeMembers) {
}
