package org.cocreate.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocreate.assembly.AssemblyTestData.refused;

import java.nio.charset.StandardCharsets;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An item's papers through their service, on H2 and PostgreSQL: a PDF or a picture added while the assembly is
 * prepared (its type from its content, its name without a path), each refusal at its field changing nothing,
 * fixed once the vote opens, read by the staff and by an owner's phone with the unit's link only.
 */
@ServiceTest
class ItemAttachmentServiceTest {

    private static final byte[] PDF = "%PDF-1.7 加装电梯方案".getBytes(StandardCharsets.UTF_8);

    @Autowired
    AssemblyTestData data;
    @Autowired
    ItemAttachmentService papers;
    @Autowired
    JdbcClient jdbc;

    private long rows(String where) {
        return jdbc.sql("select count(*) from assembly_attachment where " + where).query(Long.class).single();
    }

    private AssemblyEntry draft(AssemblyTestData.Compound compound) {
        return data.asAdmin(() -> {
            AssemblyEntry created = data.assemblies.create(compound.communityId(), new AssemblyDraft(
                    compound.compoundId(), "加装电梯表决", data.today(), data.today().plusDays(14)));
            return data.assemblies.addItem(created.id(), ItemDraft.of(Matter.RENOVATE, "加装电梯", null, null));
        });
    }

    @Test
    void aPlanIsAddedWhilePreparedReadByStaffAndPhoneAndFixedOnceTheVoteOpens() {
        var compound = data.compound(2, "80.00");
        AssemblyEntry assembly = draft(compound);
        long item = assembly.items().getFirst().id();
        AttachmentEntry plan = data.asAdmin(() -> papers.attach(assembly.id(), item,
                new AttachmentUpload("C:\\fakepath\\加装电梯方案.pdf", PDF)));
        assertThat(plan.name()).isEqualTo("加装电梯方案.pdf");
        assertThat(plan.contentType()).isEqualTo("application/pdf");
        assertThat(plan.size()).isEqualTo(PDF.length);
        AttachmentEntry drawing = data.asAdmin(() -> papers.attach(assembly.id(), item,
                new AttachmentUpload("图纸.png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 1, 2})));
        assertThat(drawing.contentType()).isEqualTo("image/png");
        assertThat(data.asAdmin(() -> papers.attachments(assembly.id()))).extracting(AttachmentEntry::name)
                .containsExactly("加装电梯方案.pdf", "图纸.png");
        data.asAdmin(() -> {
            papers.remove(assembly.id(), drawing.id());
            return null;
        });
        assertThat(data.asAdmin(() -> papers.content(assembly.id(), plan.id())).content()).isEqualTo(PDF);
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'ASSEMBLY_ATTACHMENT_%' and target_id = ?")
                .param(String.valueOf(assembly.id())).query(Long.class).single()).isEqualTo(3);

        data.asAdmin(() -> data.assemblies.open(assembly.id()));
        refused(() -> data.asAdmin(() -> papers.attach(assembly.id(), item, new AttachmentUpload("预算.pdf", PDF))),
                "attachment", "assembly.attachment.notDraft");
        refused(() -> data.asAdmin(() -> {
            papers.remove(assembly.id(), plan.id());
            return null;
        }), "attachment", "assembly.attachment.notDraft");

        // The owner's phone reads the papers of its own assembly, and no other's.
        String token = jdbc.sql("select min(token) from assembly_unit where assembly_id = ?").param(assembly.id())
                .query(String.class).single();
        assertThat(RunAs.nobody(() -> papers.attachmentsByPhone(token))).extracting(AttachmentEntry::id)
                .containsExactly(plan.id());
        assertThat(RunAs.nobody(() -> papers.contentByPhone(token, plan.id())).content()).isEqualTo(PDF);
        AssemblyEntry other = draft(data.compound(1, "60.00"));
        AttachmentEntry elsewhere = data.asAdmin(() -> papers.attach(other.id(), other.items().getFirst().id(),
                new AttachmentUpload("别处.pdf", PDF)));
        assertThatThrownBy(() -> RunAs.nobody(() -> papers.contentByPhone(token, elsewhere.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.nobody(() -> papers.attachmentsByPhone("no-such-link")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatIsNotAPdfOrPictureTooLargeUnnamedOrOneTooManyIsRefusedAndNothingIsKept() {
        var compound = data.compound(2, "80.00");
        AssemblyEntry assembly = draft(compound);
        long item = assembly.items().getFirst().id();
        refused(() -> data.asAdmin(() -> papers.attach(assembly.id(), item, new AttachmentUpload("方案.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))), "attachment", "assembly.attachment.type");
        refused(() -> data.asAdmin(() -> papers.attach(assembly.id(), item, new AttachmentUpload("方案.pdf",
                new byte[0]))), "attachment", "assembly.attachment.size");
        refused(() -> data.asAdmin(() -> papers.attach(assembly.id(), item, new AttachmentUpload("方案.pdf",
                new byte[AttachmentUpload.MAX_BYTES + 1]))), "attachment", "assembly.attachment.size");
        refused(() -> data.asAdmin(() -> papers.attach(assembly.id(), item, new AttachmentUpload(" ", PDF))),
                "attachment", "assembly.attachment.name");
        assertThat(rows("assembly_id = " + assembly.id())).isZero();
        for (int i = 0; i < AttachmentUpload.PER_ITEM_MAX; i++) {
            int n = i;
            data.asAdmin(() -> papers.attach(assembly.id(), item, new AttachmentUpload("第" + n + "页.pdf", PDF)));
        }
        refused(() -> data.asAdmin(() -> papers.attach(assembly.id(), item, new AttachmentUpload("再一页.pdf", PDF))),
                "attachment", "assembly.attachment.tooMany");
        assertThat(rows("assembly_id = " + assembly.id())).isEqualTo(AttachmentUpload.PER_ITEM_MAX);
    }

    @Test
    void anotherCommunitysPapersAreNotFound() {
        var compound = data.compound(1, "80.00");
        AssemblyEntry assembly = draft(compound);
        AttachmentEntry plan = data.asAdmin(() -> papers.attach(assembly.id(), assembly.items().getFirst().id(),
                new AttachmentUpload("方案.pdf", PDF)));
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> papers.attachments(assembly.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> papers.content(assembly.id(), plan.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> papers.attach(assembly.id(),
                assembly.items().getFirst().id(), new AttachmentUpload("方案.pdf", PDF))))
                .isInstanceOf(NotFoundException.class);
        assertThat(rows("assembly_id = " + assembly.id())).isEqualTo(1);
    }
}
