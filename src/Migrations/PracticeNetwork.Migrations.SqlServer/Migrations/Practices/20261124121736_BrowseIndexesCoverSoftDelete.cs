using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.SqlServer.Migrations.Practices
{
    /// <inheritdoc />
    public partial class BrowseIndexesCoverSoftDelete : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_Status_Audience_PublishedAt",
                table: "GoodPractices");

            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_Status_Audience_UpdatedAt",
                table: "GoodPractices");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_Status_Audience_DeletedAt_PublishedAt",
                table: "GoodPractices",
                columns: new[] { "Status", "Audience", "DeletedAt", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_Status_Audience_DeletedAt_UpdatedAt",
                table: "GoodPractices",
                columns: new[] { "Status", "Audience", "DeletedAt", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_Status_Audience_DeletedAt_PublishedAt",
                table: "GoodPractices");

            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_Status_Audience_DeletedAt_UpdatedAt",
                table: "GoodPractices");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_Status_Audience_PublishedAt",
                table: "GoodPractices",
                columns: new[] { "Status", "Audience", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_Status_Audience_UpdatedAt",
                table: "GoodPractices",
                columns: new[] { "Status", "Audience", "UpdatedAt" });
        }
    }
}
