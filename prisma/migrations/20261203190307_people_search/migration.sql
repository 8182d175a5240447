-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_staffIndexNumber_trgm_idx" ON "User" USING GIN ("staffIndexNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_name_email_idx" ON "User"("name", "email");
