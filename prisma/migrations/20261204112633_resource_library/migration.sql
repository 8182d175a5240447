-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('article', 'video', 'document', 'other');

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "titleFr" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionFr" TEXT NOT NULL DEFAULT '',
    "languages" "Locale"[],
    "tags" TEXT[],
    "kind" "ResourceKind" NOT NULL,
    "url" TEXT,
    "storageKey" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "fileSize" INTEGER,
    "unpublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceStep" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "stepKey" TEXT NOT NULL,

    CONSTRAINT "ResourceStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Resource_programmeId_idx" ON "Resource"("programmeId");

-- CreateIndex
CREATE INDEX "ResourceStep_stepKey_idx" ON "ResourceStep"("stepKey");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceStep_resourceId_stepKey_key" ON "ResourceStep"("resourceId", "stepKey");

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceStep" ADD CONSTRAINT "ResourceStep_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
