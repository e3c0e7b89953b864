using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.SqlServer.Migrations.Practices
{
    /// <inheritdoc />
    public partial class PracticeContentRevisionsAttachmentsOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Awards",
                table: "GoodPractices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Contacts",
                table: "GoodPractices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeletedAt",
                table: "GoodPractices",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DeletedBy",
                table: "GoodPractices",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Links",
                table: "GoodPractices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "OriginProjectId",
                table: "GoodPractices",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevisionNumber",
                table: "GoodPractices",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "GoodPractices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "TargetGroups",
                table: "GoodPractices",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "GoodPracticeAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodPracticeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodPracticeAttachments_GoodPractices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "GoodPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoodPracticeChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Fields = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodPracticeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodPracticeChanges_GoodPractices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "GoodPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoodPracticeRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedFields = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodPracticeRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodPracticeRevisions_GoodPractices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "GoodPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoodPracticeThemes",
                columns: table => new
                {
                    Theme = table.Column<int>(type: "int", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodPracticeThemes", x => new { x.PracticeId, x.Theme });
                    table.ForeignKey(
                        name: "FK_GoodPracticeThemes_GoodPractices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "GoodPractices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticesOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticesOutbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_MunicipalityId_Status_PublishedAt",
                table: "GoodPractices",
                columns: new[] { "MunicipalityId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_Status_Audience_UpdatedAt",
                table: "GoodPractices",
                columns: new[] { "Status", "Audience", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeAttachments_MunicipalityId",
                table: "GoodPracticeAttachments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeAttachments_PracticeId",
                table: "GoodPracticeAttachments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeChanges_MunicipalityId",
                table: "GoodPracticeChanges",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeChanges_PracticeId_At",
                table: "GoodPracticeChanges",
                columns: new[] { "PracticeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeRevisions_MunicipalityId",
                table: "GoodPracticeRevisions",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeRevisions_PracticeId_Number",
                table: "GoodPracticeRevisions",
                columns: new[] { "PracticeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoodPracticeThemes_Theme_PracticeId",
                table: "GoodPracticeThemes",
                columns: new[] { "Theme", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticesOutbox_ProcessedAt_OccurredAt",
                table: "PracticesOutbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoodPracticeAttachments");

            migrationBuilder.DropTable(
                name: "GoodPracticeChanges");

            migrationBuilder.DropTable(
                name: "GoodPracticeRevisions");

            migrationBuilder.DropTable(
                name: "GoodPracticeThemes");

            migrationBuilder.DropTable(
                name: "PracticesOutbox");

            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_MunicipalityId_Status_PublishedAt",
                table: "GoodPractices");

            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_Status_Audience_UpdatedAt",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "Awards",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "Contacts",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "DeletedBy",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "Links",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "OriginProjectId",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "RevisionNumber",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "GoodPractices");

            migrationBuilder.DropColumn(
                name: "TargetGroups",
                table: "GoodPractices");
        }
    }
}
