-- AlterTable
ALTER TABLE "PracticeSession" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
