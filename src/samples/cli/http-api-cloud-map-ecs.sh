#!/usr/bin/env bash
# HTTP API -> VPC link V2 -> AWS Cloud Map service -> ECS Fargate tasks of "orders".
#
# No load balancer: ECS registers each task's address and port in a Cloud Map service, and API
# Gateway looks the service up and sends each request to one of the registered tasks. Builds the
# security groups, the Cloud Map namespace and service, the Fargate service, the VPC link and the
# HTTP API. Run it with AWS CLI v2 and credentials for the API account.
set -euo pipefail

# ---- Your values ------------------------------------------------------------------------------
# Placeholders: replace them. The VPC and its private subnets must exist already, and the subnets
# need a route to the internet (a NAT gateway, for example) so that Fargate can pull the nginx
# image from the public ECR gallery.
REGION=us-east-1
VPC_ID=vpc-0123456789abcdef0
SUBNET_IDS=(subnet-0aaaaaaaaaaaaaaa1 subnet-0bbbbbbbbbbbbbbb2)
NAME=orders
# The private DNS namespace (a Route 53 private hosted zone attached to the VPC).
NAMESPACE=orders.internal

# Every command below goes to this Region.
export AWS_DEFAULT_REGION="$REGION"
# ECS wants the subnets as one comma-separated list inside its network configuration.
SUBNETS_CSV=$(IFS=,; echo "${SUBNET_IDS[*]}")

# ---- 1. Security groups -----------------------------------------------------------------------
# With nothing in between, the VPC link's network interfaces connect straight to the tasks, so the
# tasks accept port 80 from the link's group. New groups allow all outbound traffic.
LINK_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-vpc-link" \
	--description "ENIs of the API Gateway VPC link for $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
TASK_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-tasks" \
	--description "Fargate tasks of $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)

aws ec2 authorize-security-group-ingress \
	--group-id "$TASK_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$LINK_SG}]" >/dev/null

# ---- 2. Cloud Map namespace and service --------------------------------------------------------
# Creating a namespace runs in the background: the call returns an operation ID, and the
# namespace ID is known only once that operation has succeeded.
OPERATION_ID=$(aws servicediscovery create-private-dns-namespace \
	--name "$NAMESPACE" \
	--vpc "$VPC_ID" \
	--query OperationId --output text)

while :; do
	OPERATION_STATUS=$(aws servicediscovery get-operation \
		--operation-id "$OPERATION_ID" \
		--query Operation.Status --output text)
	case "$OPERATION_STATUS" in
		SUCCESS) break ;;
		SUBMITTED | PENDING) sleep 5 ;;
		*) echo "Creating namespace $NAMESPACE ended in $OPERATION_STATUS" >&2; exit 1 ;;
	esac
done
NAMESPACE_ID=$(aws servicediscovery get-operation \
	--operation-id "$OPERATION_ID" \
	--query Operation.Targets.NAMESPACE --output text)

# SRV records: with them, ECS registers each task's port as well as its address (the
# --service-registries entry below says which container port), and API Gateway needs both to
# reach a task. No health check is set, so Cloud Map hands out every registered task; ECS keeps
# the registrations current as tasks start and stop.
CLOUD_MAP_SERVICE=$(aws servicediscovery create-service \
	--name "$NAME" \
	--namespace-id "$NAMESPACE_ID" \
	--dns-config 'RoutingPolicy=MULTIVALUE,DnsRecords=[{Type=SRV,TTL=60}]' \
	--query '[Service.Id, Service.Arn]' --output text)
read -r CLOUD_MAP_SERVICE_ID CLOUD_MAP_SERVICE_ARN <<<"$CLOUD_MAP_SERVICE"

# ---- 3. ECS Fargate service --------------------------------------------------------------------
aws ecs create-cluster --cluster-name "$NAME" >/dev/null

# No task execution role: the image is public and no logs are shipped. A real service
# usually adds one, with a log configuration.
TASK_DEFINITION_ARN=$(aws ecs register-task-definition \
	--family "$NAME" \
	--requires-compatibilities FARGATE \
	--network-mode awsvpc \
	--cpu 256 \
	--memory 512 \
	--container-definitions '[{
		"name": "web",
		"image": "public.ecr.aws/nginx/nginx:latest",
		"essential": true,
		"portMappings": [{ "containerPort": 80, "protocol": "tcp" }]
	}]' \
	--query 'taskDefinition.taskDefinitionArn' --output text)

# --service-registries makes ECS register every task in the Cloud Map service and remove it when
# the task stops. With SRV records and awsvpc, ECS needs the container and port to publish.
aws ecs create-service \
	--cluster "$NAME" \
	--service-name "$NAME" \
	--task-definition "$TASK_DEFINITION_ARN" \
	--desired-count 2 \
	--launch-type FARGATE \
	--network-configuration "awsvpcConfiguration={subnets=[$SUBNETS_CSV],securityGroups=[$TASK_SG],assignPublicIp=DISABLED}" \
	--service-registries "registryArn=$CLOUD_MAP_SERVICE_ARN,containerName=web,containerPort=80" >/dev/null

aws ecs wait services-stable --cluster "$NAME" --services "$NAME"

# ---- 4. VPC link V2 ----------------------------------------------------------------------------
VPC_LINK_ID=$(aws apigatewayv2 create-vpc-link \
	--name "$NAME-link" \
	--subnet-ids "${SUBNET_IDS[@]}" \
	--security-group-ids "$LINK_SG" \
	--query VpcLinkId --output text)

# The link stays PENDING for a few minutes. The CLI has no waiter for VPC links, so poll.
while :; do
	LINK_STATUS=$(aws apigatewayv2 get-vpc-link \
		--vpc-link-id "$VPC_LINK_ID" \
		--query VpcLinkStatus --output text)
	case "$LINK_STATUS" in
		AVAILABLE) break ;;
		PENDING) sleep 15 ;;
		*) echo "VPC link $VPC_LINK_ID is $LINK_STATUS" >&2; exit 1 ;;
	esac
done

# ---- 5. HTTP API, integration, route and stage -------------------------------------------------
API_ID=$(aws apigatewayv2 create-api \
	--name "$NAME-http-api" \
	--protocol-type HTTP \
	--query ApiId --output text)

#region integration
# The integration URI is the Cloud Map *service* ARN. API Gateway asks Cloud Map for the
# service's instances and picks one of them for each request.
INTEGRATION_ID=$(aws apigatewayv2 create-integration \
	--api-id "$API_ID" \
	--integration-type HTTP_PROXY \
	--connection-type VPC_LINK \
	--connection-id "$VPC_LINK_ID" \
	--integration-uri "$CLOUD_MAP_SERVICE_ARN" \
	--integration-method ANY \
	--payload-format-version 1.0 \
	--query IntegrationId --output text)
#endregion

aws apigatewayv2 create-route \
	--api-id "$API_ID" \
	--route-key 'ANY /{proxy+}' \
	--target "integrations/$INTEGRATION_ID" >/dev/null

# $default is served at the root of the API's URL and, with auto-deploy, needs no deployments.
aws apigatewayv2 create-stage \
	--api-id "$API_ID" \
	--stage-name '$default' \
	--auto-deploy >/dev/null

# ---- 6. Test -----------------------------------------------------------------------------------
API_ENDPOINT=$(aws apigatewayv2 get-api --api-id "$API_ID" --query ApiEndpoint --output text)
echo "Calling $API_ENDPOINT/index.html"
curl --fail --silent --show-error "$API_ENDPOINT/index.html"

# ---- Clean up ----------------------------------------------------------------------------------
# Deletes what this script created, newest first. To use it, remove the "#" in front of the last
# line.
delete_security_group() {
	# Network interfaces of stopped tasks and deleted VPC links go away a little later; until
	# then the group is still in use, so try again for a few minutes.
	for attempt in 1 2 3 4 5 6 7 8 9 10; do
		if aws ec2 delete-security-group --group-id "$1" 2>/dev/null; then
			return 0
		fi
		echo "Security group $1 is still in use (attempt $attempt); retrying in 30 seconds." >&2
		sleep 30
	done
	return 1
}

cleanup() {
	aws apigatewayv2 delete-api --api-id "$API_ID"
	aws apigatewayv2 delete-vpc-link --vpc-link-id "$VPC_LINK_ID" >/dev/null
	aws ecs delete-service --cluster "$NAME" --service "$NAME" --force >/dev/null
	aws ecs wait services-inactive --cluster "$NAME" --services "$NAME"
	aws ecs deregister-task-definition --task-definition "$TASK_DEFINITION_ARN" >/dev/null
	aws ecs delete-cluster --cluster "$NAME" >/dev/null
	# A Cloud Map service can be deleted only once ECS has removed all its instances, and the
	# namespace only once it has no services; deleting the namespace runs in the background.
	aws servicediscovery delete-service --id "$CLOUD_MAP_SERVICE_ID"
	aws servicediscovery delete-namespace --id "$NAMESPACE_ID" >/dev/null
	delete_security_group "$TASK_SG"
	delete_security_group "$LINK_SG"
}

# cleanup
