package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.JustifyContent;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;

/** The bar on top of every view: the drawer toggle, the view's title, and its main actions. */
public final class ViewToolbar extends Composite<Header> {

    private final H1 heading;

    public ViewToolbar(String title, Component... actions) {
        var drawerToggle = new DrawerToggle();
        drawerToggle.addClassNames(Margin.NONE);
        drawerToggle.setAriaLabel(getTranslation("nav.menu"));

        heading = new H1(title);
        heading.addClassNames(FontSize.XLARGE, Margin.NONE);

        var toggleAndTitle = new HorizontalLayout(drawerToggle, heading);
        toggleAndTitle.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        var header = getContent();
        header.addClassNames(Display.FLEX, FlexDirection.ROW, JustifyContent.BETWEEN, AlignItems.CENTER,
                FlexWrap.WRAP, Gap.MEDIUM, Padding.Horizontal.MEDIUM, Padding.Vertical.SMALL, "view-toolbar");
        header.add(toggleAndTitle);
        if (actions.length > 0) {
            var actionBar = new HorizontalLayout(actions);
            actionBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            actionBar.addClassNames(FlexWrap.WRAP, Gap.SMALL);
            actionBar.setSpacing(false);
            header.add(actionBar);
        }
    }

    /** A page about one thing (a proposal) titles itself with it once it knows which. */
    public void setTitle(String title) {
        heading.setText(title);
    }
}
