package org.cocreate;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;

/**
 * Every element and text node of an open screen is a state node the server keeps, about a kilobyte each, for as
 * long as the tablet stays open (docs/PERFORMANCE.md, memory per open counter): the view tests hold each busy
 * screen to a budget.
 */
public final class StateNodes {

    private StateNodes() {
    }

    /** The element, its children, its virtual children (dialogs, notifications), and theirs. */
    public static int count(Element element) {
        int count = 1;
        for (Element child : element.getChildren().toList()) {
            count += count(child);
        }
        if (!element.isTextNode() && element.getNode().hasFeature(VirtualChildrenList.class)) {
            VirtualChildrenList virtual = element.getNode().getFeature(VirtualChildrenList.class);
            for (int i = 0; i < virtual.size(); i++) {
                count += count(Element.get(virtual.get(i)));
            }
        }
        return count;
    }
}
