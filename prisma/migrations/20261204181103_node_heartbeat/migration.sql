-- CreateTable
CREATE TABLE "NodeHeartbeat" (
    "node" TEXT NOT NULL PRIMARY KEY,
    "beatAt" DATETIME NOT NULL
);
