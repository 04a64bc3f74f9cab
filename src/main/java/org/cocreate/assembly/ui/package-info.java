/**
 * The owners' assembly's screens: the list, an assembly's page on the worker's tablet (items, live participation
 * toward the two thirds, the doors still to knock on, the written ballot at the door, the result), and the owner's
 * phone ballot.
 */
@NullMarked
package org.cocreate.assembly.ui;

import org.jspecify.annotations.NullMarked;
