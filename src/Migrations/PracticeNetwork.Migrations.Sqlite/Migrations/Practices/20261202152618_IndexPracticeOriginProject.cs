using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.Sqlite.Migrations.Practices
{
    /// <inheritdoc />
    public partial class IndexPracticeOriginProject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_OriginProjectId",
                table: "GoodPractices",
                column: "OriginProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GoodPractices_OriginProjectId",
                table: "GoodPractices");
        }
    }
}
