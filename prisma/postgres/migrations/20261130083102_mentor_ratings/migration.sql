-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "includeApplications" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "includePractice" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "includeStoryTitles" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MentorRating" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "shareLinkId" TEXT NOT NULL,
    "mentorName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorScore" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "MentorScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MentorRating_userId_createdAt_idx" ON "MentorRating"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "MentorRating_shareLinkId_idx" ON "MentorRating"("shareLinkId");

-- CreateIndex
CREATE UNIQUE INDEX "MentorScore_ratingId_area_key" ON "MentorScore"("ratingId", "area");

-- AddForeignKey
ALTER TABLE "MentorRating" ADD CONSTRAINT "MentorRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorRating" ADD CONSTRAINT "MentorRating_shareLinkId_fkey" FOREIGN KEY ("shareLinkId") REFERENCES "ShareLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorScore" ADD CONSTRAINT "MentorScore_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "MentorRating"("id") ON DELETE CASCADE ON UPDATE CASCADE;
