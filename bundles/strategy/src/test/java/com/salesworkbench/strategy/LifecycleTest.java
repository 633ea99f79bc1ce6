package com.salesworkbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every transition of draft -> discussion -> approved, the refused ones, and the objections log. */
class LifecycleTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** A draft whose fixed chapters all have text and which covers 2027: ready to go through the lifecycle. */
    static StrategyDocument complete() {
        StrategyDocument d = StrategyDocument.create("growth", "Growth 2027", "2027");
        for (Chapter c : d.chapters()) {
            d = d.withChapterText(c.id(), "Text of " + c.id());
        }
        return d;
    }

    @Test
    void newDocumentHasEveryFixedChapterOfTheThreeHorizons() {
        StrategyDocument d = StrategyDocument.create("s", "S", "");
        assertEquals(14, d.chapters().size());
        assertEquals(List.of("market-opportunities", "long-term-goals", "product-directions", "regions-markets", "sales-model"),
                d.chapters().stream().filter(c -> c.horizon() == Horizon.LONG_TERM).map(Chapter::id).toList());
        assertEquals(7, d.chapters().stream().filter(c -> c.horizon() == Horizon.MEDIUM_TERM).count());
        assertEquals(List.of("project-calendar", "annual-sales-plan"),
                d.chapters().stream().filter(c -> c.horizon() == Horizon.OPERATIONAL).map(Chapter::id).toList());
        assertEquals(Status.DRAFT, d.status());
        assertEquals(1, d.version());
        assertEquals(6, d.readiness().size());
    }

    @Test
    void draftToDiscussionToDraftToDiscussionToApproved() {
        StrategyDocument d = complete();
        StrategyDocument discussion = d.submit();
        assertEquals(Status.DISCUSSION, discussion.status());
        StrategyDocument back = discussion.backToDraft();
        assertEquals(Status.DRAFT, back.status());
        StrategyDocument approved = back.submit().approve("Head of sales", DAY);
        assertEquals(Status.APPROVED, approved.status());
        assertEquals("Head of sales", approved.approvedBy());
        assertEquals(DAY, approved.approvedOn());
        assertEquals(1, approved.version());
    }

    @Test
    void approvedIsFrozenAndReviseStartsTheNextVersionAsDraft() {
        StrategyDocument approved = complete().submit().approve("Head", DAY);
        StrategyException e = assertThrows(StrategyException.class, () -> approved.withChapterText("sales-model", "new"));
        assertEquals("error.frozen", e.key());
        assertThrows(StrategyException.class, () -> approved.withAction("x", "", null, List.of(), List.of()));
        StrategyDocument v2 = approved.revise();
        assertEquals(Status.DRAFT, v2.status());
        assertEquals(2, v2.version());
        assertEquals("", v2.approvedBy());
        assertEquals("changed", v2.withChapterText("sales-model", "changed").chapter("sales-model").text());
    }

    @Test
    void refusedTransitionsNameWhereTheDocumentIs() {
        StrategyDocument draft = complete();
        StrategyException e = assertThrows(StrategyException.class, () -> draft.approve("Head", DAY));
        assertEquals("error.transition", e.key());
        assertEquals(List.of("growth", "draft", "approved"), List.of(e.args()));
        assertEquals("error.transition", assertThrows(StrategyException.class, draft::backToDraft).key());
        assertEquals("error.reviseNotApproved", assertThrows(StrategyException.class, draft::revise).key());
        StrategyDocument discussion = draft.submit();
        assertEquals("error.transition", assertThrows(StrategyException.class, discussion::submit).key());
        assertEquals("error.reviseNotApproved", assertThrows(StrategyException.class, discussion::revise).key());
        StrategyDocument approved = discussion.approve("Head", DAY);
        assertEquals("error.transition", assertThrows(StrategyException.class, approved::submit).key());
        assertEquals("error.transition", assertThrows(StrategyException.class, approved::backToDraft).key());
        assertEquals("error.transition", assertThrows(StrategyException.class, () -> approved.approve("Head", DAY)).key());
    }

    @Test
    void objectionsAreLoggedInDiscussionWithAuthorAndResolution() {
        StrategyDocument draft = complete();
        assertEquals("error.notInDiscussion", assertThrows(StrategyException.class, () -> draft.object("Ivanov", DAY, "x")).key());
        StrategyDocument d = draft.submit().object("Ivanov", DAY, "Pricing chapter ignores discounts")
                .object("Petrova", DAY, "Regions: start with Kazan");
        assertEquals(2, d.objections().size());
        assertEquals("Petrova", d.objections().get(1).author());
        assertTrue(d.objections().get(0).open());
        assertEquals("error.objection", assertThrows(StrategyException.class, () -> d.object(" ", DAY, "x")).key());

        StrategyException refused = assertThrows(StrategyException.class, () -> d.approve("Head", DAY));
        assertEquals("error.approval", refused.key());
        assertEquals(List.of("objection:1", "objection:2"), d.missingForApproval("Head"));

        StrategyDocument resolved = d.resolve(1, "Discount grid added").resolve(2, "Accepted");
        assertEquals("Discount grid added", resolved.objections().get(0).resolution());
        assertEquals("error.resolution", assertThrows(StrategyException.class, () -> d.resolve(1, " ")).key());
        assertEquals("error.noObjection", assertThrows(StrategyException.class, () -> d.resolve(3, "x")).key());
        assertEquals(Status.APPROVED, resolved.approve("Head", DAY).status());
        // the log stays with the approved version; the next version starts a new one
        assertEquals(2, resolved.approve("Head", DAY).objections().size());
        assertEquals(0, resolved.approve("Head", DAY).revise().objections().size());
    }

    @Test
    void approvalWithoutRequiredFieldsListsEveryMissingOne() {
        StrategyDocument d = StrategyDocument.create("bare", "Bare", "").withChapterText("sales-model", "x").submit();
        List<String> missing = d.missingForApproval("");
        assertEquals("approver", missing.get(0));
        assertEquals("period", missing.get(1));
        assertTrue(missing.contains("chapter:market-opportunities"));
        assertTrue(!missing.contains("chapter:sales-model"));
        assertEquals(2 + 13, missing.size());
        StrategyException e = assertThrows(StrategyException.class, () -> d.approve(null, DAY));
        assertTrue(e.getMessage().contains("approver, period, chapter:market-opportunities"), e.getMessage());
        // the document itself is untouched
        assertEquals(Status.DISCUSSION, d.status());
    }

    @Test
    void aChapterWithOnlyALinkCountsAsFilled() {
        StrategyDocument d = complete().withChapterText("annual-sales-plan", "")
                .withLink("annual-sales-plan", Link.parse("plan:2027"));
        assertTrue(d.missingForApproval("Head").isEmpty());
    }
}
