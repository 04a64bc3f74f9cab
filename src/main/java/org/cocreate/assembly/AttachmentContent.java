package org.cocreate.assembly;

/** A paper of an item with its content, to open or download. */
public record AttachmentContent(String name, String contentType, byte[] content) {
}
