import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns";
import { users } from "../users";
import { strategyPostStatusEnum, strategyReactionKindEnum } from "./enums";
import { strategyThreads } from "./threads";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The opening post and the replies of a thread. Search vectors are written by the domain in the
 * same statement as the text (an opening post's also carries the thread title and the note), in
 * English and in Spanish (accent-folded) so both languages stem.
 */
export const strategyPosts = pgTable(
  "strategy_posts",
  {
    id: id(),
    threadId: uuid()
      .notNull()
      .references(() => strategyThreads.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    isOpening: boolean().notNull().default(false),
    /** Markdown source; rendered safely at display time, never stored as HTML. */
    body: text().notNull(),
    quotedPostId: uuid().references((): AnyPgColumn => strategyPosts.id, { onDelete: "set null" }),
    status: strategyPostStatusEnum().notNull().default("pending_review"),
    /** The moderator's reason for hiding or rejecting, shown to the author. */
    hiddenReason: text(),
    editedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    searchEn: tsvector()
      .notNull()
      .default(sql`''::tsvector`),
    searchEs: tsvector()
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    index().on(t.threadId, t.createdAt),
    index().on(t.authorId, t.status),
    index("strategy_posts_status_idx").on(t.status, t.createdAt),
    index("strategy_posts_search_en_idx").using("gin", t.searchEn),
    index("strategy_posts_search_es_idx").using("gin", t.searchEs),
  ],
);

/** Every earlier version of an edited post, for the visible edit history. */
export const strategyPostRevisions = pgTable(
  "strategy_post_revisions",
  {
    id: id(),
    postId: uuid()
      .notNull()
      .references(() => strategyPosts.id, { onDelete: "cascade" }),
    body: text().notNull(),
    editedById: uuid().references(() => users.id, { onDelete: "set null" }),
    /** When this version was replaced. */
    createdAt: createdAt(),
  },
  (t) => [index().on(t.postId, t.createdAt)],
);

export const strategyReactions = pgTable(
  "strategy_reactions",
  {
    id: id(),
    postId: uuid()
      .notNull()
      .references(() => strategyPosts.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: strategyReactionKindEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.postId, t.userId, t.kind), index().on(t.userId)],
);
