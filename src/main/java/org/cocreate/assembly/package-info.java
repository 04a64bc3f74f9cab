/**
 * The owners' assembly (业主大会): the matters the owners decide together under article 278 of the Civil Code,
 * who counts (each exclusive unit by its area, each owner by head, as the Supreme People's Court's
 * interpretation on building division ownership, arts. 8–9, says), and the counting rule that decides a
 * matter or elects the owners' committee ({@link org.cocreate.assembly.AssemblyRule}); an assembly of a compound
 * over days or weeks ({@link org.cocreate.assembly.AssemblyService}) and its ballots on paper door to door, by
 * phone or at a meeting ({@link org.cocreate.assembly.BallotService}).
 */
@NullMarked
package org.cocreate.assembly;

import org.jspecify.annotations.NullMarked;
