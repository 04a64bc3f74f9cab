package org.cocreate.assembly;

/** A paper of an item as a list shows it: its name, type and size, without its content. */
public record AttachmentEntry(long id, long itemId, String name, String contentType, int size) {
}
