/**
 * Spreaders and forwarders: whoever made, spread or passed on the client's images, on any kind of
 * case (the leaflets: contact the spreader and each forwarder, ask them to delete; a complaint may
 * name the maker and each forwarder). Per person: who (a name and a handle, encrypted), the
 * platform, how they relate to the client, whether they were asked to delete, by whom, when and
 * with what outcome, and whether the police complaint names them. Never an image.
 *
 * <p>Public API: {@link org.vangnet.spreaders.SpreaderService}, the input and view records, the enums
 * and the events. Depends on cases; the case file learns of it only through the beans it provides
 * (a tab, the timeline events, the pseudonymisation hook), the police dossier through its service.
 */
@ApplicationModule(displayName = "Spreaders and forwarders")
package org.vangnet.spreaders;

import org.springframework.modulith.ApplicationModule;
