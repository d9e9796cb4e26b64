-- AlterTable
ALTER TABLE "User" ADD COLUMN "feedbackSeenAt" DATETIME;
