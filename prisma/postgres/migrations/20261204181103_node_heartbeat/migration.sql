-- CreateTable
CREATE TABLE "NodeHeartbeat" (
    "node" TEXT NOT NULL,
    "beatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NodeHeartbeat_pkey" PRIMARY KEY ("node")
);
