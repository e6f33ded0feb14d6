// The knowledge base's GraphQL operations (typed by codegen into src/gql).
import { graphql } from '../gql';

export const ArticleSummaryFragment = graphql(`
  fragment ArticleSummary on KnowledgeArticle {
    id
    title
    category
    tags
    status
    helpfulCount
    updatedAt
  }
`);

export const ArticleDetailFragment = graphql(`
  fragment ArticleDetail on KnowledgeArticle {
    id
    title
    category
    problem
    steps
    tags
    status
    version
    helpfulCount
    helpfulByMe
    createdAt
    updatedAt
    publishedAt
    sourceComplaintId
    author {
      id
      displayName
    }
    versions(first: 50) {
      version
      title
      category
      problem
      steps
      tags
      note
      editedAt
      editor {
        id
        displayName
      }
    }
  }
`);

export const SearchArticlesQuery = graphql(`
  query SearchArticles($search: String!, $first: Int, $after: String, $status: ArticleStatus) {
    knowledgeArticles(search: $search, first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ArticleSummary
        }
      }
    }
  }
`);

export const ArticleQuery = graphql(`
  query KnowledgeArticle($id: ID!) {
    knowledgeArticle(id: $id) {
      ...ArticleDetail
    }
  }
`);

export const ArticleFromComplaintQuery = graphql(`
  query ArticleFromComplaint($complaintId: ID!) {
    articleFromComplaint(complaintId: $complaintId) {
      title
      category
      problem
      steps
      tags
      sourceComplaintId
    }
  }
`);

export const CreateArticleMutation = graphql(`
  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {
    createKnowledgeArticle(input: $input) {
      article {
        ...ArticleDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateArticleMutation = graphql(`
  mutation UpdateKnowledgeArticle($input: UpdateKnowledgeArticleInput!) {
    updateKnowledgeArticle(input: $input) {
      article {
        ...ArticleDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PublishArticleMutation = graphql(`
  mutation PublishKnowledgeArticle($id: ID!) {
    publishKnowledgeArticle(input: { id: $id }) {
      article {
        ...ArticleDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveArticleMutation = graphql(`
  mutation ArchiveKnowledgeArticle($id: ID!) {
    archiveKnowledgeArticle(input: { id: $id }) {
      article {
        ...ArticleDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnarchiveArticleMutation = graphql(`
  mutation UnarchiveKnowledgeArticle($id: ID!) {
    unarchiveKnowledgeArticle(input: { id: $id }) {
      article {
        ...ArticleDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkHelpfulMutation = graphql(`
  mutation MarkArticleHelpful($id: ID!) {
    markArticleHelpful(input: { id: $id }) {
      article {
        ...ArticleDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
