ALTER TYPE "public"."strategy_moderation_action" ADD VALUE 'add_group_moderator' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."strategy_moderation_action" ADD VALUE 'remove_group_moderator' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."strategy_moderation_action" ADD VALUE 'add_category_moderator' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."strategy_moderation_action" ADD VALUE 'remove_category_moderator' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."strategy_moderation_action" ADD VALUE 'set_flag_threshold' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."strategy_moderation_target" ADD VALUE 'settings';--> statement-breakpoint
ALTER TABLE "strategy_moderation_log" ALTER COLUMN "target_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_moderation_log" ADD COLUMN "subject_user_id" uuid;--> statement-breakpoint
ALTER TABLE "strategy_moderation_log" ADD COLUMN "details" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "strategy_moderation_log" ADD CONSTRAINT "strategy_moderation_log_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Membership changes used to keep the member's id in the reason; it moves to subject_user_id.
UPDATE "strategy_moderation_log" l SET "subject_user_id" = u."id", "reason" = ''
FROM "users" u
WHERE l."action" IN ('add_group_member', 'remove_group_member') AND u."id"::text = l."reason";
