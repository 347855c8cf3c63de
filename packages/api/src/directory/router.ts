import { z } from "zod";
import { createTRPCRouter, memberProcedure, moderatorProcedure, orgAdminProcedure, publicProcedure } from "../trpc";
import { editListing } from "./edit-listing";
import { addEditor, addEditorInput, listEditors, removeEditor, removeEditorInput } from "./editors";
import { listingHistoryFor } from "./history";
import { getListing } from "./listing";
import { editableListingFields } from "./listing-fields";
import { searchDirectory } from "./search";
import { searchInput } from "./search-input";
import {
  acceptSuggestion,
  pendingSuggestions,
  rejectSuggestion,
  rejectSuggestionInput,
  suggestEdit,
  suggestInput,
  suggestionIdInput,
} from "./suggestions";
import { staleListings, verifyListing } from "./verification";

const organizationIdInput = z.object({ organizationId: z.uuid() });

export const directoryRouter = createTRPCRouter({
  search: publicProcedure.input(searchInput).query(({ ctx, input }) => searchDirectory(ctx.db, ctx.actor, input, ctx.locale)),
  byId: publicProcedure.input(organizationIdInput).query(({ ctx, input }) => getListing(ctx.db, ctx.actor, input.organizationId)),
  history: memberProcedure
    .input(organizationIdInput)
    .query(({ ctx, input }) => listingHistoryFor(ctx.db, ctx.actor, input.organizationId)),
  edit: memberProcedure
    .input(editableListingFields.extend(organizationIdInput.shape))
    .mutation(({ ctx, input }) => editListing(ctx.db, ctx.actor, input)),
  editors: orgAdminProcedure.query(({ ctx, input }) => listEditors(ctx.db, input.organizationId)),
  addEditor: orgAdminProcedure.input(addEditorInput).mutation(({ ctx, input }) => addEditor(ctx.db, ctx.actor, input)),
  removeEditor: orgAdminProcedure
    .input(removeEditorInput)
    .mutation(({ ctx, input }) => removeEditor(ctx.db, ctx.actor, input)),
  suggest: memberProcedure.input(suggestInput).mutation(({ ctx, input }) => suggestEdit(ctx.db, ctx.actor, input)),
  suggestions: moderatorProcedure.query(({ ctx }) => pendingSuggestions(ctx.db)),
  acceptSuggestion: moderatorProcedure
    .input(suggestionIdInput)
    .mutation(({ ctx, input }) => acceptSuggestion(ctx.db, ctx.actor, input.suggestionId)),
  rejectSuggestion: moderatorProcedure
    .input(rejectSuggestionInput)
    .mutation(({ ctx, input }) => rejectSuggestion(ctx.db, ctx.actor, input.suggestionId, input.reason)),
  verify: moderatorProcedure
    .input(organizationIdInput)
    .mutation(({ ctx, input }) => verifyListing(ctx.db, ctx.actor, input.organizationId)),
  stale: moderatorProcedure.query(({ ctx }) => staleListings(ctx.db)),
});
