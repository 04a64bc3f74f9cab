package org.cocreate.community.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CommunityEntry;
import org.cocreate.community.CommunityService;
import org.cocreate.community.RegisterRefusedException;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * The communities of the sub-district. Its admin adds a community here when the sub-district takes on
 * another one; an admin of a single community only sees the list.
 */
@Route("communities")
@Menu(order = 92, icon = "vaadin:building", title = "nav.communities")
@RolesAllowed(Role.ADMIN_NAME)
class CommunitiesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CommunityEntry> grid = new Grid<>();
    final TextField name = new TextField();
    final Button create = new Button();

    private final CommunityService communities;
    private final WorkingCommunity workingCommunity;

    CommunitiesView(CommunityService communities, WorkingCommunity workingCommunity) {
        this.communities = communities;
        this.workingCommunity = workingCommunity;
        setSizeFull();
        setPadding(false);

        grid.addColumn(CommunityEntry::name).setHeader(getTranslation("community.name")).setAutoWidth(true);
        grid.addColumn(CommunityEntry::compounds).setHeader(getTranslation("community.compounds"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CommunityEntry::residents).setHeader(getTranslation("community.residents"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        Localized.emptyState(grid);
        refresh();

        name.setPlaceholder(getTranslation("community.new.placeholder"));
        name.setAriaLabel(getTranslation("community.name"));
        name.setMaxLength(CommunityEntry.NAME_MAX);
        name.setTestId("community-name");
        create.setText(getTranslation("community.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        create.addClickListener(e -> create());
        create.setTestId("community-create");

        var content = new VerticalLayout(grid);
        if (communities.mayCreate()) {
            add(new ViewToolbar(getTranslation("community.title"), name, create), content);
        } else {
            add(new ViewToolbar(getTranslation("community.title")), content);
        }
    }

    private void create() {
        name.setInvalid(false);
        String created = name.getValue().strip();
        boolean first = workingCommunity.get().isEmpty();
        try {
            communities.createCommunity(name.getValue());
        } catch (RegisterRefusedException refusal) {
            name.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            name.setInvalid(true);
            return;
        }
        if (first) {
            // The first community: the frame still says it has none (it is built once per page). Its home,
            // loaded afresh, shows the new community in the frame and the checklist of where to start. (One
            // page load of the home: a navigation followed by a reload reloaded this screen, the navigation's
            // address not yet in the browser.)
            getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            return;
        }
        name.clear();
        refresh();
        Notifications.success("community.created", created);
    }

    private void refresh() {
        grid.setItems(communities.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.title");
    }
}
