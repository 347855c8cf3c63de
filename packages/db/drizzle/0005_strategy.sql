CREATE TYPE "public"."enforcement_program" AS ENUM('287g_jail_enforcement', '287g_task_force', '287g_warrant_service_officer', 'secure_communities', 'detainers', 'other');--> statement-breakpoint
CREATE TYPE "public"."member_sanction_kind" AS ENUM('warn', 'silence', 'suspend');--> statement-breakpoint
CREATE TYPE "public"."strategy_counterpart" AS ENUM('sheriff', 'police', 'ice_field_office', 'jail', 'prosecutor', 'court', 'city_council', 'community', 'other');--> statement-breakpoint
CREATE TYPE "public"."strategy_digest_frequency" AS ENUM('none', 'daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."strategy_flag_reason" AS ENUM('identifies_survivor', 'off_topic', 'harmful', 'spam', 'other');--> statement-breakpoint
CREATE TYPE "public"."strategy_follow_target" AS ENUM('thread', 'category', 'jurisdiction');--> statement-breakpoint
CREATE TYPE "public"."strategy_moderation_action" AS ENUM('approve', 'reject', 'hide', 'restore', 'lock', 'unlock', 'pin', 'unpin', 'move', 'merge', 'edit_tags', 'edit_post', 'warn', 'silence', 'suspend', 'lift_sanction', 'add_group_member', 'remove_group_member', 'other');--> statement-breakpoint
CREATE TYPE "public"."strategy_moderation_target" AS ENUM('post', 'thread', 'user', 'group', 'category');--> statement-breakpoint
CREATE TYPE "public"."strategy_notification_kind" AS ENUM('reply', 'quote', 'mention', 'followed_thread', 'followed_category', 'followed_jurisdiction', 'post_approved', 'post_rejected', 'post_hidden', 'post_restored', 'thread_moved', 'thread_merged', 'sanction');--> statement-breakpoint
CREATE TYPE "public"."strategy_outcome" AS ENUM('worked', 'mixed', 'did_not_work', 'too_early');--> statement-breakpoint
CREATE TYPE "public"."strategy_post_status" AS ENUM('pending_review', 'published', 'hidden', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."strategy_reaction_kind" AS ENUM('helpful', 'tried_too');--> statement-breakpoint
CREATE TYPE "public"."strategy_thread_status" AS ENUM('pending_review', 'published', 'rejected', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."strategy_visibility" AS ENUM('network', 'group');--> statement-breakpoint
CREATE TABLE "category_moderators" (
	"category_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_moderators_category_id_user_id_pk" PRIMARY KEY("category_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "group_moderators" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_moderators_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "strategy_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_es" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_es" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "strategy_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_notes" (
	"thread_id" uuid PRIMARY KEY NOT NULL,
	"what_tried" text NOT NULL,
	"tried_on" date NOT NULL,
	"with_whom" "strategy_counterpart" NOT NULL,
	"with_whom_detail" text DEFAULT '' NOT NULL,
	"outcome" "strategy_outcome" NOT NULL,
	"lessons" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"visibility" "strategy_visibility" DEFAULT 'network' NOT NULL,
	"group_id" uuid,
	"author_id" uuid,
	"status" "strategy_thread_status" DEFAULT 'pending_review' NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"merged_into_id" uuid,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thread_jurisdictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"state" text NOT NULL,
	"county_fips" text
);
--> statement-breakpoint
CREATE TABLE "thread_languages" (
	"thread_id" uuid NOT NULL,
	"language" text NOT NULL,
	CONSTRAINT "thread_languages_thread_id_language_pk" PRIMARY KEY("thread_id","language")
);
--> statement-breakpoint
CREATE TABLE "thread_programs" (
	"thread_id" uuid NOT NULL,
	"program" "enforcement_program" NOT NULL,
	CONSTRAINT "thread_programs_thread_id_program_pk" PRIMARY KEY("thread_id","program")
);
--> statement-breakpoint
CREATE TABLE "strategy_post_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"body" text NOT NULL,
	"edited_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid,
	"is_opening" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"quoted_post_id" uuid,
	"status" "strategy_post_status" DEFAULT 'pending_review' NOT NULL,
	"hidden_reason" text,
	"edited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_en" "tsvector" DEFAULT ''::tsvector NOT NULL,
	"search_es" "tsvector" DEFAULT ''::tsvector NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_reactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "strategy_reaction_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_reactions_postId_userId_kind_unique" UNIQUE("post_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "member_sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "member_sanction_kind" NOT NULL,
	"until" timestamp with time zone,
	"reason" text NOT NULL,
	"moderator_id" uuid,
	"lifted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"flagger_id" uuid,
	"reason" "strategy_flag_reason" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_flags_postId_flaggerId_unique" UNIQUE("post_id","flagger_id")
);
--> statement-breakpoint
CREATE TABLE "strategy_moderation_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"moderator_id" uuid,
	"action" "strategy_moderation_action" NOT NULL,
	"target_kind" "strategy_moderation_target" NOT NULL,
	"target_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"flag_threshold" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_settings_singleton" CHECK ("strategy_settings"."id"),
	CONSTRAINT "strategy_settings_threshold" CHECK ("strategy_settings"."flag_threshold" >= 1)
);
--> statement-breakpoint
CREATE TABLE "strategy_follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"target_kind" "strategy_follow_target" NOT NULL,
	"thread_id" uuid,
	"category_id" uuid,
	"state" text,
	"county_fips" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_follows_unique" UNIQUE NULLS NOT DISTINCT("user_id","target_kind","thread_id","category_id","state","county_fips")
);
--> statement-breakpoint
CREATE TABLE "strategy_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "strategy_notification_kind" NOT NULL,
	"thread_id" uuid,
	"post_id" uuid,
	"actor_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"digest" "strategy_digest_frequency" DEFAULT 'none' NOT NULL,
	"last_digest_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "category_moderators" ADD CONSTRAINT "category_moderators_category_id_strategy_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."strategy_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_moderators" ADD CONSTRAINT "category_moderators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_strategy_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."strategy_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_moderators" ADD CONSTRAINT "group_moderators_group_id_strategy_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."strategy_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_moderators" ADD CONSTRAINT "group_moderators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_groups" ADD CONSTRAINT "strategy_groups_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_notes" ADD CONSTRAINT "strategy_notes_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_threads" ADD CONSTRAINT "strategy_threads_category_id_strategy_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."strategy_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_threads" ADD CONSTRAINT "strategy_threads_group_id_strategy_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."strategy_groups"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_threads" ADD CONSTRAINT "strategy_threads_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_threads" ADD CONSTRAINT "strategy_threads_merged_into_id_strategy_threads_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."strategy_threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_jurisdictions" ADD CONSTRAINT "thread_jurisdictions_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_languages" ADD CONSTRAINT "thread_languages_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_programs" ADD CONSTRAINT "thread_programs_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_post_revisions" ADD CONSTRAINT "strategy_post_revisions_post_id_strategy_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."strategy_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_post_revisions" ADD CONSTRAINT "strategy_post_revisions_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_posts" ADD CONSTRAINT "strategy_posts_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_posts" ADD CONSTRAINT "strategy_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_posts" ADD CONSTRAINT "strategy_posts_quoted_post_id_strategy_posts_id_fk" FOREIGN KEY ("quoted_post_id") REFERENCES "public"."strategy_posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_reactions" ADD CONSTRAINT "strategy_reactions_post_id_strategy_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."strategy_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_reactions" ADD CONSTRAINT "strategy_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_sanctions" ADD CONSTRAINT "member_sanctions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_sanctions" ADD CONSTRAINT "member_sanctions_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_flags" ADD CONSTRAINT "strategy_flags_post_id_strategy_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."strategy_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_flags" ADD CONSTRAINT "strategy_flags_flagger_id_users_id_fk" FOREIGN KEY ("flagger_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_flags" ADD CONSTRAINT "strategy_flags_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_moderation_log" ADD CONSTRAINT "strategy_moderation_log_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_follows" ADD CONSTRAINT "strategy_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_follows" ADD CONSTRAINT "strategy_follows_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_follows" ADD CONSTRAINT "strategy_follows_category_id_strategy_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."strategy_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_notifications" ADD CONSTRAINT "strategy_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_notifications" ADD CONSTRAINT "strategy_notifications_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_notifications" ADD CONSTRAINT "strategy_notifications_post_id_strategy_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."strategy_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_notifications" ADD CONSTRAINT "strategy_notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_preferences" ADD CONSTRAINT "strategy_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "category_moderators_user_id_index" ON "category_moderators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "group_members_user_id_index" ON "group_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "group_moderators_user_id_index" ON "group_moderators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "strategy_categories_position_index" ON "strategy_categories" USING btree ("position");--> statement-breakpoint
CREATE INDEX "strategy_notes_outcome_index" ON "strategy_notes" USING btree ("outcome");--> statement-breakpoint
CREATE INDEX "strategy_notes_with_whom_index" ON "strategy_notes" USING btree ("with_whom");--> statement-breakpoint
CREATE INDEX "strategy_notes_tried_on_index" ON "strategy_notes" USING btree ("tried_on");--> statement-breakpoint
CREATE INDEX "strategy_threads_listing_idx" ON "strategy_threads" USING btree ("status","pinned" DESC NULLS LAST,"last_activity_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "strategy_threads_category_id_last_activity_at_index" ON "strategy_threads" USING btree ("category_id","last_activity_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "strategy_threads_group_id_index" ON "strategy_threads" USING btree ("group_id") WHERE "strategy_threads"."group_id" is not null;--> statement-breakpoint
CREATE INDEX "strategy_threads_author_id_index" ON "strategy_threads" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "thread_jurisdictions_thread_id_index" ON "thread_jurisdictions" USING btree ("thread_id");--> statement-breakpoint
CREATE INDEX "thread_jurisdictions_state_idx" ON "thread_jurisdictions" USING btree ("state","thread_id");--> statement-breakpoint
CREATE INDEX "thread_jurisdictions_county_idx" ON "thread_jurisdictions" USING btree ("county_fips","thread_id");--> statement-breakpoint
CREATE INDEX "thread_languages_language_thread_id_index" ON "thread_languages" USING btree ("language","thread_id");--> statement-breakpoint
CREATE INDEX "thread_programs_program_thread_id_index" ON "thread_programs" USING btree ("program","thread_id");--> statement-breakpoint
CREATE INDEX "strategy_post_revisions_post_id_created_at_index" ON "strategy_post_revisions" USING btree ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "strategy_posts_thread_id_created_at_index" ON "strategy_posts" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "strategy_posts_author_id_status_index" ON "strategy_posts" USING btree ("author_id","status");--> statement-breakpoint
CREATE INDEX "strategy_posts_status_idx" ON "strategy_posts" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "strategy_posts_search_en_idx" ON "strategy_posts" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "strategy_posts_search_es_idx" ON "strategy_posts" USING gin ("search_es");--> statement-breakpoint
CREATE INDEX "strategy_reactions_user_id_index" ON "strategy_reactions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "member_sanctions_user_id_kind_index" ON "member_sanctions" USING btree ("user_id","kind");--> statement-breakpoint
CREATE INDEX "strategy_flags_open_idx" ON "strategy_flags" USING btree ("post_id") WHERE "strategy_flags"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "strategy_moderation_log_at_index" ON "strategy_moderation_log" USING btree ("at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "strategy_moderation_log_target_kind_target_id_index" ON "strategy_moderation_log" USING btree ("target_kind","target_id");--> statement-breakpoint
CREATE INDEX "strategy_follows_thread_id_index" ON "strategy_follows" USING btree ("thread_id") WHERE "strategy_follows"."thread_id" is not null;--> statement-breakpoint
CREATE INDEX "strategy_follows_category_id_index" ON "strategy_follows" USING btree ("category_id") WHERE "strategy_follows"."category_id" is not null;--> statement-breakpoint
CREATE INDEX "strategy_follows_state_county_fips_index" ON "strategy_follows" USING btree ("state","county_fips") WHERE "strategy_follows"."state" is not null;--> statement-breakpoint
CREATE INDEX "strategy_notifications_user_id_created_at_index" ON "strategy_notifications" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "strategy_notifications_unread_idx" ON "strategy_notifications" USING btree ("user_id") WHERE "strategy_notifications"."read_at" is null;