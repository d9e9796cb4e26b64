-- AlterTable
ALTER TABLE "User" ADD COLUMN     "feedbackSeenAt" TIMESTAMP(3);
