# Regional REST API -> VPC link V2 -> internal Application Load Balancer -> ECS Fargate service
# "orders". A REST API uses the same kind of VPC link as an HTTP API (aws_apigatewayv2_vpc_link),
# but its integration names the load balancer, not a listener. That field, integration_target,
# arrived in hashicorp/aws 6.25.0.
#
# The setup of src/samples/cdk/rest-api-alb-ecs.ts, resource for resource, in Terraform.
#
#   terraform init && terraform apply
#   curl "$(terraform output -raw invoke_url)/"

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.25.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "name" {
  description = "Prefix of every name this configuration gives"
  type        = string
  default     = "orders"
}

# ---- Network: two zones, public subnets with one NAT gateway, private subnets ------------------
# The tasks run in the private subnets and pull their image from Amazon ECR Public through the NAT.

# Zones only: Local Zones the account opted into would otherwise be listed too.
data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  zones = slice(data.aws_availability_zones.available.names, 0, 2)
}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = var.name }
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  availability_zone       = local.zones[count.index]
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 2, count.index)
  map_public_ip_on_launch = true
  tags                    = { Name = "${var.name}-public-${count.index + 1}" }
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  availability_zone = local.zones[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 2, count.index + 2)
  tags              = { Name = "${var.name}-private-${count.index + 1}" }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "public" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "public_internet" {
  count                  = 2
  route_table_id         = aws_route_table.public[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[count.index].id
}

# One NAT gateway for both zones, as in the CDK sample: cheaper, but not zone-redundant.
resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public[0].id
  depends_on    = [aws_internet_gateway.main]
}

resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "private_nat" {
  count                  = 2
  route_table_id         = aws_route_table.private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main.id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

# ---- Security groups: link -> ALB -> tasks, port 80 ----------------------------------------------
# Terraform removes the allow-all outbound rule AWS gives a new group, so each group starts closed
# both ways and holds only the rules below.

resource "aws_security_group" "vpc_link" {
  name        = "${var.name}-vpc-link"
  description = "ENIs of the API Gateway VPC link for ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "alb" {
  name        = "${var.name}-alb"
  description = "Internal ALB for ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "tasks" {
  name        = "${var.name}-tasks"
  description = "Fargate tasks of ${var.name}"
  vpc_id      = aws_vpc.main.id
}

# Nothing connects to the link's interfaces, so its group has only this outbound rule.
resource "aws_vpc_security_group_egress_rule" "vpc_link_to_alb" {
  security_group_id            = aws_security_group.vpc_link.id
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

resource "aws_vpc_security_group_ingress_rule" "alb_from_vpc_link" {
  security_group_id            = aws_security_group.alb.id
  referenced_security_group_id = aws_security_group.vpc_link.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

resource "aws_vpc_security_group_egress_rule" "alb_to_tasks" {
  security_group_id            = aws_security_group.alb.id
  referenced_security_group_id = aws_security_group.tasks.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "Load balancer to target"
}

resource "aws_vpc_security_group_ingress_rule" "tasks_from_alb" {
  security_group_id            = aws_security_group.tasks.id
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "Load balancer to target"
}

# The tasks reach out to pull their image.
resource "aws_vpc_security_group_egress_rule" "tasks_all" {
  security_group_id = aws_security_group.tasks.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "Allow all outbound traffic"
}

# ---- Internal ALB, target group and listener ------------------------------------------------------

resource "aws_lb" "orders" {
  name               = "${var.name}-alb"
  load_balancer_type = "application"
  internal           = true
  security_groups    = [aws_security_group.alb.id]
  subnets            = aws_subnet.private[*].id
}

# Fargate tasks have their own network interfaces, so they register by IP address.
resource "aws_lb_target_group" "orders" {
  name        = "${var.name}-tasks"
  port        = 80
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id

  health_check {
    path = "/"
  }
}

# The integration names the load balancer, not a listener, but requests still arrive on the port
# of the integration's uri (80), so the ALB needs a listener there.
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.orders.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.orders.arn
  }
}

# ---- ECS Fargate service ------------------------------------------------------------------------

resource "aws_ecs_cluster" "main" {
  name = var.name
}

# The role the application's own AWS calls would use. nginx makes none, so it has no policy; the
# public image and no log shipping mean no task execution role is needed either.
data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "task" {
  name_prefix        = "${var.name}-task-"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_ecs_task_definition" "orders" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name         = "web"
    image        = "public.ecr.aws/nginx/nginx:latest"
    essential    = true
    portMappings = [{ containerPort = 80, protocol = "tcp" }]
  }])
}

resource "aws_ecs_service" "orders" {
  name                               = var.name
  cluster                            = aws_ecs_cluster.main.id
  task_definition                    = aws_ecs_task_definition.orders.arn
  desired_count                      = 2
  launch_type                        = "FARGATE"
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = 60

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.orders.arn
    container_name   = "web"
    container_port   = 80
  }

  # ECS accepts a target group only once a listener uses it.
  depends_on = [aws_lb_listener.http]
}

# ---- VPC link V2 ------------------------------------------------------------------------------------

# A V2 link is given subnets and security groups, not a load balancer. (The provider requires
# security_group_ids here, where the API itself makes them optional.)
resource "aws_apigatewayv2_vpc_link" "orders" {
  name               = "${var.name}-link"
  subnet_ids         = aws_subnet.private[*].id
  security_group_ids = [aws_security_group.vpc_link.id]
}

# ---- REST API: "/" and "/{proxy+}", each with ANY --------------------------------------------------

resource "aws_api_gateway_rest_api" "orders" {
  name = "${var.name}-rest-api"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_method" "root" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_rest_api.orders.root_resource_id
  http_method   = "ANY"
  authorization = "NONE"
}

#region integration
# integration_target, the ALB's *load balancer* ARN, picks where requests go; connection_id names
# the V2 link. The uri does not pick the target, but it still gives the scheme and port, the Host
# header (over HTTPS also the name checked against the certificate) and the backend path template.
resource "aws_api_gateway_integration" "root" {
  rest_api_id             = aws_api_gateway_rest_api.orders.id
  resource_id             = aws_api_gateway_rest_api.orders.root_resource_id
  http_method             = aws_api_gateway_method.root.http_method
  type                    = "HTTP_PROXY"
  integration_http_method = "ANY"
  uri                     = "http://${aws_lb.orders.dns_name}/"
  connection_type         = "VPC_LINK"
  connection_id           = aws_apigatewayv2_vpc_link.orders.id
  integration_target      = aws_lb.orders.arn
}
#endregion

#region proxy-path
# The backend path comes from the uri template: the mapping fills {proxy} with the path the greedy
# {proxy+} resource matched (orders/42 for a call to /prod/orders/42). The ALB's access log shows
# what actually arrives.
resource "aws_api_gateway_resource" "proxy" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "{proxy+}"
}

resource "aws_api_gateway_method" "proxy" {
  rest_api_id        = aws_api_gateway_rest_api.orders.id
  resource_id        = aws_api_gateway_resource.proxy.id
  http_method        = "ANY"
  authorization      = "NONE"
  request_parameters = { "method.request.path.proxy" = true }
}

resource "aws_api_gateway_integration" "proxy" {
  rest_api_id             = aws_api_gateway_rest_api.orders.id
  resource_id             = aws_api_gateway_resource.proxy.id
  http_method             = aws_api_gateway_method.proxy.http_method
  type                    = "HTTP_PROXY"
  integration_http_method = "ANY"
  uri                     = "http://${aws_lb.orders.dns_name}/{proxy}"
  request_parameters      = { "integration.request.path.proxy" = "method.request.path.proxy" }
  connection_type         = "VPC_LINK"
  connection_id           = aws_apigatewayv2_vpc_link.orders.id
  integration_target      = aws_lb.orders.arn
}
#endregion

# ---- Deployment and stage "prod" -------------------------------------------------------------------

# REST API changes go live only through a new deployment. The trigger makes any change to the
# methods or integrations (the link or the load balancer included) deploy again.
resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id

  triggers = {
    redeployment = sha1(jsonencode([
      aws_api_gateway_method.root,
      aws_api_gateway_integration.root,
      aws_api_gateway_resource.proxy,
      aws_api_gateway_method.proxy,
      aws_api_gateway_integration.proxy,
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"
}

# Any nginx page (its welcome page or its 404) shows the request crossed the link and the ALB; an
# error from API Gateway means it did not.
output "invoke_url" {
  value = aws_api_gateway_stage.prod.invoke_url
}
