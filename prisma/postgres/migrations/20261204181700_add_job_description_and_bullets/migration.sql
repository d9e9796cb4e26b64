-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "bulletsVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "jobDescription" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "whyCompany" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ResumeBullet" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "storyId" TEXT,
    "text" TEXT NOT NULL,
    "storyUpdatedAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL,

    CONSTRAINT "ResumeBullet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResumeBullet_applicationId_position_idx" ON "ResumeBullet"("applicationId", "position");

-- AddForeignKey
ALTER TABLE "ResumeBullet" ADD CONSTRAINT "ResumeBullet_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResumeBullet" ADD CONSTRAINT "ResumeBullet_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;
